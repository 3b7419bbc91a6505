"""Where ``transcribe_job`` runs: local worker processes or a Dask cluster.

Both give the batch loop the same three calls (``submit``, ``wait``, ``close``) and only
ever move ``Job``/``Result`` objects: bytes in, transcript text out. Neither knows the
vault; the parent process that holds it stores every result.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from anonkit.workflow.batch.compute import Job, Result, limit_threads, transcribe_job
from anonkit.workflow.errors import WorkflowError

#: finished handles with their result (or the exception that ended them)
Done = list[tuple[Any, Result | BaseException]]


class WorkerLost(Exception):
    """A worker process died (killed, out of memory) while it held this job."""


class Executor(Protocol):
    name: str
    workers: int
    threads: int

    def submit(self, job: Job) -> Any: ...
    def wait(self, handles: Iterable[Any], timeout: float) -> Done: ...
    def close(self, cancel: bool = False) -> None: ...


def available_cores() -> int:
    """CPU cores this process may use (affinity-aware, so a Slurm/cgroup limit counts)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def threads_per_worker(workers: int, cores: int | None = None) -> int:
    """Threads for each worker's model so that workers × threads ≤ cores (at least 1)."""
    return max(1, (cores or available_cores()) // max(1, workers))


def _init_worker(model: str, backend: str, threads: int) -> None:
    """Local worker start: Ctrl+C is the parent's business, then load the one model."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_threads(threads)
    from anonkit.asr.pipeline import cached_backend

    cached_backend(backend, model, "cpu", threads)


@contextlib.contextmanager
def _workers_without_sigint() -> Iterator[None]:
    """Workers are spawned inside ``submit``; a blocked signal stays blocked across fork and
    exec, so a Ctrl+C (sent to the whole terminal process group) never reaches a worker, even
    while it is still starting, and the parent stops them itself.

    Why blocked and not ignored: an ignored Ctrl+C in this window was lost, and a run
    interrupted just as its first worker started went on to the end. A blocked one stays
    pending (or another thread of the parent takes it), so the parent's handler still sees
    it once the window closes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class LocalExecutor:
    """N worker processes (spawned, not forked: the parent holds an unlocked vault and
    threads), each with one model loaded once and ``threads`` CPU threads."""

    name = "local"

    def __init__(self, workers: int, model: str, backend: str, threads: int | None = None):
        self.workers = max(1, workers)
        self.threads = threads or threads_per_worker(self.workers)
        self._init = (model, backend, self.threads)
        self._pool = self._new_pool()

    def _new_pool(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(self.workers, multiprocessing.get_context("spawn"),
                                      initializer=_init_worker, initargs=self._init)

    def submit(self, job: Job) -> cf.Future[Result]:
        with _workers_without_sigint():
            try:
                return self._pool.submit(transcribe_job, job)
            except cf.process.BrokenProcessPool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
                return self._pool.submit(transcribe_job, job)

    def wait(self, handles: Iterable[cf.Future[Result]], timeout: float
             ) -> list[tuple[cf.Future[Result], Result | BaseException]]:
        done, _ = cf.wait(list(handles), timeout=timeout, return_when=cf.FIRST_COMPLETED)
        out: list[tuple[cf.Future[Result], Result | BaseException]] = []
        for fut in done:
            err = fut.exception()
            if isinstance(err, cf.process.BrokenProcessPool):
                err = WorkerLost("a worker process died while transcribing it")
            out.append((fut, err if err is not None else fut.result()))
        return out

    def pids(self) -> list[int]:
        """Worker process ids (tests kill single workers)."""
        return list(getattr(self._pool, "_processes", {}) or {})

    def close(self, cancel: bool = False) -> None:
        if cancel:
            for proc in list((getattr(self._pool, "_processes", None) or {}).values()):
                with contextlib.suppress(Exception):
                    proc.terminate()
        self._pool.shutdown(wait=not cancel, cancel_futures=True)


#: Dask settings for anonkit's use (docs/batch.md "Dask"): no spilling to disk (the task
#: data is audio and transcripts), no dashboard.
DASK_CONFIG = {
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    "distributed.worker.memory.terminate": False,
    "distributed.scheduler.pickle": True,
    "distributed.admin.system-monitor.gil.enabled": False,
    # the scheduler and workers always run an HTTP server; serve nothing on it (no
    # dashboard, no metrics, no health page) and bind the local cluster's to 127.0.0.1
    "distributed.scheduler.http.routes": [],
    "distributed.worker.http.routes": [],
}


class DaskExecutor:
    """Jobs on a Dask cluster over TLS. Without ``scheduler`` a local TLS cluster with
    ``workers`` single-threaded worker processes is started (temporary certificates,
    no dashboard, scratch space in a private temporary folder removed at the end).

    With ``scheduler`` (``tls://host:port``) the certificates come from Dask's own
    configuration (``distributed.comm.tls.*``; docs/batch.md) and plain ``tcp://`` is
    refused: audio must not cross the network unencrypted."""

    name = "dask"

    def __init__(self, workers: int, model: str, backend: str, scheduler: str | None = None,
                 threads: int | None = None, security: Any = None) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
            from distributed.security import Security
        except ImportError:
            raise WorkflowError("the dask executor needs the 'cluster' extra: "
                                "pip install 'anonkit[cluster]'") from None
        self._stack = contextlib.ExitStack()
        self._stack.enter_context(dask.config.set(DASK_CONFIG))
        self.workers = max(1, workers)
        if scheduler is None:
            self.threads = threads or threads_per_worker(self.workers)
            scratch = self._stack.enter_context(tempfile.TemporaryDirectory(prefix="anonkit-dask-"))
            security = security or Security.temporary()
            limit_threads(self.threads)  # inherited by the worker processes
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   protocol="tls", security=security, dashboard_address=None,
                                   local_directory=scratch, memory_limit=0,
                                   host="127.0.0.1", silence_logs=50,
                                   scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                   worker_dashboard_address=None)
            self._stack.callback(cluster.close)
            self.client = Client(cluster, security=security)
        else:
            if not scheduler.startswith("tls://"):
                raise WorkflowError(f"--scheduler {scheduler}: use a tls:// address (audio "
                                    "and transcripts must not travel unencrypted)")
            self.threads = threads or 0
            self.client = Client(scheduler, security=security or Security())
            self.workers = max(1, len(self.client.scheduler_info()["workers"]))
        self._stack.callback(self.client.close)
        self._data: dict[Any, Any] = {}

    def submit(self, job: Job) -> Any:
        [data] = self.client.scatter([job], direct=True, hash=False)
        fut = self.client.submit(transcribe_job, data, pure=False, retries=1)
        self._data[fut.key] = data
        return fut

    def wait(self, handles: Iterable[Any], timeout: float) -> Done:
        from distributed import wait

        handles = list(handles)
        try:
            done, _ = wait(handles, timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return []
        out: list[tuple[Any, Result | BaseException]] = []
        for fut in done:
            self._data.pop(fut.key, None)  # release the audio on the cluster
            if fut.status == "finished":
                out.append((fut, fut.result()))
            else:
                err = fut.exception()
                out.append((fut, err if isinstance(err, BaseException) else WorkerLost(str(err))))
            fut.release()
        return out

    def close(self, cancel: bool = False) -> None:
        self._data.clear()
        with contextlib.suppress(Exception):
            self._stack.close()
