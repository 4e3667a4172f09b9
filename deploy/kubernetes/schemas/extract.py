#!/usr/bin/env python3
"""Regenerates the schema files in this folder (run by hand when the Kubernetes, Strimzi or
CloudNativePG version moves; the build only reads the results, offline).

  extract.py kubernetes <kubernetes-1.x.json from fabric8 kubernetes-model-generator/openapi/schemas>
  extract.py crd <CRD YAML> <served version> <output name>

Descriptions are dropped, and every object that lists its properties gets
additionalProperties: false unless the schema preserves unknown fields, so a misspelt field fails
(the API server would silently prune it)."""
import json
import sys

import yaml

KINDS = [("", "v1", "Namespace"), ("", "v1", "Service"), ("", "v1", "Secret"), ("", "v1", "ConfigMap"),
         ("", "v1", "ServiceAccount"), ("apps", "v1", "Deployment"), ("policy", "v1", "PodDisruptionBudget"),
         ("networking.k8s.io", "v1", "NetworkPolicy")]


def strict(node):
    if isinstance(node, dict):
        node.pop("description", None)
        for key in [k for k in node if k.startswith("x-kubernetes-") and k not in (
                "x-kubernetes-preserve-unknown-fields", "x-kubernetes-int-or-string")]:
            node.pop(key)
        if node.get("format") == "int-or-string" or node.pop("x-kubernetes-int-or-string", False):
            node.pop("type", None)
            node.pop("format", None)
            node.pop("anyOf", None)
            node["type"] = ["integer", "string"]
        if node.get("type") == "object" and "properties" in node and not node.get(
                "x-kubernetes-preserve-unknown-fields") and "additionalProperties" not in node:
            node["additionalProperties"] = False
        node.pop("x-kubernetes-preserve-unknown-fields", None)
        if "properties" in node:
            node["properties"] = {k: strict(v) for k, v in node["properties"].items()}
        for k, v in list(node.items()):
            if k != "properties":
                node[k] = strict(v)
    elif isinstance(node, list):
        return [strict(v) for v in node]
    return node


def kubernetes(source):
    definitions = json.load(open(source))["definitions"]
    # Quantities ("500m", "256Mi", or a bare number) and int-or-string values (ports, percentages).
    for name in ("io.k8s.apimachinery.pkg.api.resource.Quantity", "io.k8s.apimachinery.pkg.util.intstr.IntOrString"):
        definitions[name] = {"type": ["string", "integer", "number"]}
    kinds, wanted = {}, []
    for name, d in definitions.items():
        for gvk in d.get("x-kubernetes-group-version-kind", []):
            key = (gvk["group"], gvk["version"], gvk["kind"])
            if key in KINDS and name.startswith("io.k8s.api."):
                api = (gvk["group"] + "/" if gvk["group"] else "") + gvk["version"]
                kinds[api + "/" + gvk["kind"]] = name
                wanted.append(name)
    keep = {}

    def walk(name):
        if name in keep:
            return
        keep[name] = definitions[name]
        for ref in refs(definitions[name]):
            walk(ref)

    for name in wanted:
        walk(name)
    out = {"$comment": "Derived from " + source.split("/")[-1] + " (fabric8 kubernetes-client, Apache-2.0); see NOTICE.md",
           "kinds": kinds, "definitions": {k: strict(json.loads(json.dumps(v))) for k, v in sorted(keep.items())}}
    json.dump(out, open("kubernetes.json", "w"), indent=None, separators=(",", ":"), sort_keys=True)


def refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref":
                yield v.split("/")[-1]
            else:
                yield from refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from refs(v)


def crd(source, version, output):
    doc = yaml.safe_load(open(source))
    spec = doc["spec"]
    schema = next(v for v in spec["versions"] if v["name"] == version)["schema"]["openAPIV3Schema"]
    schema = strict(schema)
    schema["properties"].pop("status", None)
    schema["properties"]["metadata"] = {"type": "object"}
    schema["$comment"] = "openAPIV3Schema of " + spec["group"] + "/" + version + " " + spec["names"]["kind"] \
        + " from " + source.split("/")[-1] + " (Apache-2.0); see NOTICE.md"
    json.dump(schema, open(output, "w"), indent=None, separators=(",", ":"), sort_keys=True)


if __name__ == "__main__":
    if sys.argv[1] == "kubernetes":
        kubernetes(sys.argv[2])
    else:
        crd(sys.argv[2], sys.argv[3], sys.argv[4])
