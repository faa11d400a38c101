"""BERT WordPiece tokenizer, written from the algorithm's description (BERT paper, section A; HuggingFace's
BertNormalizer/BertPreTokenizer/WordPiece documentation), for the all-MiniLM-L6-v2 vocabulary.

It must give the same ids as the tokenizer the monitor runs (DJL's HuggingFace tokenizer over the same JSON);
the Java test GuardModelCardTest checks that on the model card's examples.
"""
import json
import unicodedata

MAX_TOKENS = 128


def _is_control(ch):
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch).startswith("C")


def _is_whitespace(ch):
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_punctuation(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, tokenizer_json_path):
        with open(tokenizer_json_path, encoding="utf-8") as f:
            spec = json.load(f)
        model = spec["model"]
        self.vocab = model["vocab"]
        self.unk = self.vocab[model.get("unk_token", "[UNK]")]
        self.prefix = model.get("continuing_subword_prefix", "##")
        self.max_chars = model.get("max_input_chars_per_word", 100)
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]

    def normalise(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or _is_control(ch):
                continue
            if _is_whitespace(ch):
                out.append(" ")
            elif _is_cjk(cp):
                out.append(" " + ch + " ")
            else:
                out.append(ch)
        text = unicodedata.normalize("NFD", "".join(out))
        return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()

    def pre_tokenise(self, text):
        words = []
        for chunk in text.split():
            cur = []
            for ch in chunk:
                if _is_punctuation(ch):
                    if cur:
                        words.append("".join(cur))
                        cur = []
                    words.append(ch)
                else:
                    cur.append(ch)
            if cur:
                words.append("".join(cur))
        return words

    def word_pieces(self, word):
        if len(word) > self.max_chars:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                sub = word[start:end] if start == 0 else self.prefix + word[start:end]
                if sub in self.vocab:
                    found = self.vocab[sub]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, text, max_tokens=MAX_TOKENS):
        """Ids with [CLS] and [SEP], truncated on the right to max_tokens in all."""
        ids = []
        for w in self.pre_tokenise(self.normalise(text)):
            ids.extend(self.word_pieces(w))
        return [self.cls] + ids[: max_tokens - 2] + [self.sep]
