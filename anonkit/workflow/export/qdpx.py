"""REFI-QDA project export (``.qdpx``) for ATLAS.ti, MAXQDA, NVivo and others.

A ``.qdpx`` is a zip holding ``project.qde`` (XML in namespace ``urn:QDA-XML:project:1.0``,
REFI-QDA Project Exchange 1.0) and ``sources/``: one ``<GUID>.txt`` per transcript,
referenced from a ``TextSource`` as ``plainTextPath="internal://<GUID>.txt"``. Element
order follows the schema (Users, then Sources). GUIDs are UUIDs; times are xs:dateTime in
UTC. Speaker turns are kept in the text as ``[hh:mm:ss] Speaker: text`` lines.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
import zipfile
from collections.abc import Sequence
from xml.etree import ElementTree as ET

from anonkit.workflow.document import PseudonymizedDoc
from anonkit.workflow.export.text import ExportOptions, to_txt

NS = "urn:QDA-XML:project:1.0"


def render_qdpx(docs: Sequence[PseudonymizedDoc], opt: ExportOptions,
                user: str = "anonkit", project: str = "anonkit export") -> bytes:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    user_guid = str(uuid.uuid4())
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}Project", {
        "name": project, "origin": "anonkit", "creatingUserGUID": user_guid,
        "creationDateTime": now,
    })
    users = ET.SubElement(root, f"{{{NS}}}Users")
    ET.SubElement(users, f"{{{NS}}}User", {"guid": user_guid, "name": user})
    sources = ET.SubElement(root, f"{{{NS}}}Sources")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for doc in docs:
            guid = str(uuid.uuid4())
            ET.SubElement(sources, f"{{{NS}}}TextSource", {
                "guid": guid, "name": doc.recording,
                "plainTextPath": f"internal://{guid}.txt",
                "creatingUser": user_guid, "creationDateTime": now,
            })
            z.writestr(f"sources/{guid}.txt", to_txt(doc, opt))
        xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
        z.writestr("project.qde", xml)
    return buf.getvalue()
