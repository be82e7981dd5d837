import Lexicon
import Reports
import Testing

@testable import Serve

@Suite struct PerspectiveServiceTests {
    private static let model = try! PerspectiveModel(bundle: .defaults)
    private static let open = PerspectiveService(model: model, apiKeys: [], feedback: nil, listenAddress: "127.0.0.1:9")
    private static let locked = PerspectiveService(
        model: model, apiKeys: ["k"], feedback: nil, listenAddress: "127.0.0.1:9")

    private func body(_ response: HTTPResponse) -> JSONValue? {
        try? JSONParser.parse(response.body)
    }

    private static let analyze = #"{"comment":{"text":"you idiot"},"requestedAttributes":{"TOXICITY":{}}}"#

    @Test func routesByPathAndMethod() {
        #expect(Self.open.respond(HTTPRequest(method: "GET", target: "/healthz")).status == 200)
        #expect(Self.open.respond(HTTPRequest(method: "POST", target: "/healthz")).status == 405)
        #expect(Self.open.respond(HTTPRequest(method: "GET", target: "/v1alpha1/comments:analyze")).status == 405)
        let missing = Self.open.respond(HTTPRequest(method: "GET", target: "/v1/other"))
        #expect(missing.status == 404)
        #expect(body(missing)?["error"]?["status"] == .string("NOT_FOUND"))
        let discovery = Self.open.respond(
            HTTPRequest(method: "GET", target: "/%24discovery/rest?version=v1alpha1", headers: [("host", "h:1")]))
        #expect(discovery.status == 200)
        #expect(body(discovery)?["rootUrl"] == .string("http://h:1/"))
        #expect(Self.open.respond(HTTPRequest(method: "GET", target: "/$discovery/rest?version=v1")).status == 404)
        let fallback = Self.open.respond(HTTPRequest(method: "GET", target: "/$discovery/rest"))
        #expect(body(fallback)?["rootUrl"] == .string("http://127.0.0.1:9/"))
    }

    @Test func checksKeysOnlyOnTheMethodsAndOnlyWhenConfigured() {
        let request = HTTPRequest(method: "POST", target: "/v1alpha1/comments:analyze", body: Array(Self.analyze.utf8))
        #expect(Self.open.respond(request).status == 200)
        #expect(Self.locked.respond(request).status == 403)
        var keyed = request
        keyed.target += "?key=k"
        #expect(Self.locked.respond(keyed).status == 200)
        keyed.target = "/v1alpha1/comments:analyze?key=other"
        #expect(Self.locked.respond(keyed).status == 403)
        var header = request
        header.headers = [("x-goog-api-key", "k")]
        #expect(Self.locked.respond(header).status == 200)
        #expect(Self.locked.respond(HTTPRequest(method: "GET", target: "/healthz")).status == 200)
    }

    @Test func theExplainHeaderAddsTheExplanation() {
        let plain = HTTPRequest(method: "POST", target: "/v1alpha1/comments:analyze", body: Array(Self.analyze.utf8))
        #expect(body(Self.open.respond(plain))?["threadscan"] == nil)
        var explained = plain
        explained.headers = [("x-threadscan-explain", "true")]
        #expect(body(Self.open.respond(explained))?["threadscan"]?["schema"] == .string(PerspectiveModel.explainSchema))
    }

    @Test func badJSONNamesItsByteOffset() {
        let response = Self.open.respond(
            HTTPRequest(method: "POST", target: "/v1alpha1/comments:analyze", body: Array(#"{"comment" {}}"#.utf8)))
        #expect(response.status == 400)
        #expect(
            body(response)?["error"]?["message"]
                == .string(
                    PerspectiveError.Message.notJSON(
                        JSONParseError(offset: 11, message: JSONParseError.Message.expectedColon).description)))
    }
}
