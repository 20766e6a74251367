"""Find numbers typed by hand in prose: the one place that lists what may contain digits.

Allowed: names that contain digits (models, chips, formats, quarters) and years.
Everything else with a digit must come from a macro, so it moves when data/ moves.
"""

from __future__ import annotations

import re

ALLOWED_NAMES = [
    r"Llama[ -]\d(?:\.\d)?(?:[ -]\d+B)?(?:-Chat)?",  # Llama 2, Llama 3.1 405B, Llama 2-Chat
    r"H100s?(?:-80GB)?",
    r"GPT-\d(?:\.\d)?",
    r"Grok \d",
    r"Gemini \d\.\d",
    r"Claude \d",
    r"DeepSeek-[VR]\d",
    r"Qwen\d(?:\.\d)?-\d+B",
    r"Colossus \d",
    r"Trainium\d",
    r"TOP500",
    r"GREEN500",
    r"MI300A",
    r"Q[1-4]",
    r"CO₂e?",
    r"FP8",
    r"BF16",
    r"6ND",
    r"EX255a",
]
YEAR = r"(?:19|20)\d{2}s?"
_ALLOWED = re.compile(r"\b(?:" + "|".join([*ALLOWED_NAMES, YEAR]) + r")\b")
_NUMBER = re.compile(r"\S*\d\S*")
_MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def typed_numbers(text: str) -> list[str]:
    """Each token with a digit that is not inside a macro call, an allowed name or a year."""
    text = _MACRO.sub(" ", text)
    text = _ALLOWED.sub(" ", text)
    # Markdown link targets and HTML attributes are addresses, not prose.
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r'\b[\w-]+="[^"]*"', " ", text)
    return _NUMBER.findall(text)


def strip_front_matter(text: str) -> tuple[str, str]:
    match = _FRONT_MATTER.match(text)
    return (match.group(0), text[match.end() :]) if match else ("", text)
