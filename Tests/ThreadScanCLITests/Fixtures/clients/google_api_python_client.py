"""Drives a running `threadscan serve` with Google's own client, google-api-python-client, built
from the server's discovery document exactly as Perspective's documented Python sample builds it
(only the discovery URL differs). Exits 0 after every check passes, 1 with the failed check.

    python3 google_api_python_client.py http://127.0.0.1:PORT GOOD_KEY
"""
import json
import sys

from googleapiclient import discovery
from googleapiclient.errors import HttpError

ROOT, KEY = sys.argv[1], sys.argv[2]
URL = ROOT + "/$discovery/rest?version={apiVersion}"


def client(key):
    return discovery.build(
        "commentanalyzer", "v1alpha1", developerKey=key, discoveryServiceUrl=URL, static_discovery=False
    )


def analyze(service, body):
    return service.comments().analyze(body=body).execute()


def error_of(call):
    try:
        call()
    except HttpError as error:
        return error.resp.status, json.loads(error.content)["error"]
    raise AssertionError("expected an HTTP error")


def summary(response, attribute):
    return response["attributeScores"][attribute]["summaryScore"]["value"]


checks = 0


def check(condition, message):
    global checks
    if not condition:
        raise AssertionError(message)
    checks += 1


service = client(KEY)

texts = {
    "Thanks for the link, I learned something today.": False,
    "You are a complete idiot and everyone here knows it.": True,
    "What a load of crap, shut up you moron.": True,
    "I disagree with the second point, but the first one is fair.": False,
}
for text, uncivil in texts.items():
    response = analyze(service, {"comment": {"text": text}, "requestedAttributes": {"TOXICITY": {}, "INSULT": {}}})
    value = summary(response, "TOXICITY")
    check(0 <= value <= 1, f"TOXICITY of {text!r} is not a probability: {value}")
    check((value >= 0.7) == uncivil, f"TOXICITY of {text!r} is {value}, expected {'>=' if uncivil else '<'} 0.7")
    check(response["attributeScores"]["INSULT"]["summaryScore"]["type"] == "PROBABILITY", "score type")
    check("threadscan" not in response, "the explanation appears without being asked for")

text = "Good morning everyone. You are a pathetic liar! 😀 Bye."
response = analyze(
    service,
    {
        "comment": {"text": text},
        "requestedAttributes": {"TOXICITY": {"scoreType": "PROBABILITY"}},
        "spanAnnotations": True,
        "clientToken": "token-7",
        "languages": ["en"],
        "doNotStore": True,
    },
)
spans = response["attributeScores"]["TOXICITY"]["spanScores"]
check(response["clientToken"] == "token-7", "clientToken is not echoed")
check([span["begin"] for span in spans][0] == 0 and spans[-1]["end"] == len(text), f"spans do not cover the text: {spans}")
check(all(a["end"] == b["begin"] for a, b in zip(spans, spans[1:])), f"spans do not tile the text: {spans}")
worst = max(spans, key=lambda span: span["score"]["value"])
check("pathetic liar" in text[worst["begin"] : worst["end"]], f"the worst span is not the insult: {worst}")

response = analyze(
    service,
    {"comment": {"text": "Have a lovely day."}, "requestedAttributes": {"TOXICITY": {"scoreThreshold": 0.8}, "INSULT": {}}},
)
check("TOXICITY" not in response["attributeScores"], "a score below scoreThreshold is returned")
check("INSULT" in response["attributeScores"], "an attribute without threshold is missing")

response = analyze(
    service, {"comment": {"text": "shut up, idiot"}, "requestedAttributes": {"TOXICITY": {}, "THREADSCAN_EXPLAIN": {}}}
)
check(response["threadscan"]["incivility"]["categories"], "the explanation has no categories")

status, error = error_of(lambda: analyze(service, {"comment": {"text": "hello"}, "requestedAttributes": {"FLIRTATION": {}}}))
check(status == 400 and error["status"] == "INVALID_ARGUMENT", f"unknown attribute: {status} {error}")
status, error = error_of(lambda: analyze(service, {"comment": {"text": ""}, "requestedAttributes": {"TOXICITY": {}}}))
check(status == 400 and error["details"][0]["errorType"] == "COMMENT_EMPTY", f"empty text: {status} {error}")
status, error = error_of(
    lambda: analyze(service, {"comment": {"text": "x" * 20481}, "requestedAttributes": {"TOXICITY": {}}})
)
check(status == 400 and error["details"][0]["errorType"] == "COMMENT_TOO_LONG", f"long text: {status} {error}")
status, error = error_of(
    lambda: analyze(service, {"comment": {"text": "hallo"}, "requestedAttributes": {"TOXICITY": {}}, "languages": ["de"]})
)
check(
    status == 400 and error["details"][0]["errorType"] == "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE",
    f"unsupported language: {status} {error}",
)
status, error = error_of(lambda: analyze(client("wrong-key"), {"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {}}}))
check(status == 403 and error["status"] == "PERMISSION_DENIED", f"bad key: {status} {error}")

response = service.comments().suggestscore(
    body={
        "comment": {"text": "you utter clown"},
        "attributeScores": {"TOXICITY": {"summaryScore": {"value": 0.9}}},
        "clientToken": "review-1",
        "communityId": "forum-a",
    }
).execute()
check(response["clientToken"] == "review-1", f"suggestscore: {response}")

print(f"google-api-python-client: {checks} checks passed")
