"""Command-line interface (click). One module per command group; ``main`` assembles them."""
