import Analysis
import Lexicon
import Reports
import Testing

@testable import Serve

@Suite struct PerspectiveModelTests {
    static let model = try! PerspectiveModel(bundle: .defaults)

    private func analyze(_ json: String, explain: Bool = false) throws(PerspectiveError) -> JSONValue {
        let request = try AnalyzeCommentRequest(json: try! JSONParser.parse(Array(json.utf8)))
        return try Self.model.analyze(request, explain: explain)
    }

    private func failure(_ json: String) -> PerspectiveError? {
        do {
            _ = try analyze(json)
            return nil
        } catch {
            return error
        }
    }

    private func summary(_ response: JSONValue, _ attribute: String) -> Double? {
        response["attributeScores"]?[attribute]?["summaryScore"]?["value"]?.numberValue
    }

    @Test func mapsCategoriesToTheirAttributes() throws {
        let attributes =
            #"{"TOXICITY":{},"INSULT":{},"PROFANITY":{},"THREAT":{},"IDENTITY_ATTACK":{},"SEXUALLY_EXPLICIT":{},"SEVERE_TOXICITY":{}}"#
        func scores(_ text: String) throws -> [String: Double] {
            let response = try analyze(#"{"comment":{"text":"\#(text)"},"requestedAttributes":\#(attributes)}"#)
            var out: [String: Double] = [:]
            for name in [
                "TOXICITY", "INSULT", "PROFANITY", "THREAT", "IDENTITY_ATTACK", "SEXUALLY_EXPLICIT", "SEVERE_TOXICITY",
            ] {
                out[name] = summary(response, name)
            }
            return out
        }
        let civil = try scores("Thanks for the detailed answer, it helped.")
        #expect(civil.values.allSatisfy { $0 < 0.1 }, "\(civil)")
        let insult = try scores("you are a pathetic moron")
        #expect(insult["INSULT"]! > 0.8 && insult["TOXICITY"]! > 0.8)
        #expect(insult["PROFANITY"]! < 0.1 && insult["THREAT"]! < 0.1)
        let profanity = try scores("this shit is fucking broken again")
        #expect(profanity["PROFANITY"]! > 0.7 && profanity["INSULT"]! < 0.1)
        let threat = try scores("I will kill you")
        #expect(threat["THREAT"]! > 0.7 && threat["SEVERE_TOXICITY"]! > 0.7)
        let explicit = try scores("send nudes")
        #expect(explicit["SEXUALLY_EXPLICIT"]! > explicit["INSULT"]!)
    }

    @Test func summaryScoresFollowTheRawScoreThroughTheCalibration() throws {
        let response = try analyze(
            #"{"comment":{"text":"shut up you idiot"},"requestedAttributes":{"TOXICITY":{},"THREADSCAN_EXPLAIN":{}}}"#)
        let raw = try #require(response["threadscan"]?["rawScores"]?["TOXICITY"]?.numberValue)
        let score = try #require(response["threadscan"]?["incivility"]?["score"]?.numberValue)
        #expect(abs(raw - score) < 1e-4)
        let expected = Self.model.calibration.probability(raw)
        #expect(abs(try #require(summary(response, "TOXICITY")) - expected) < 1e-6)
        #expect(response["threadscan"]?["schema"] == .string(PerspectiveModel.explainSchema))
    }

    @Test func withoutTheExtensionTheResponseIsPerspectivesShape() throws {
        let response = try analyze(
            #"{"comment":{"text":"hello"},"requestedAttributes":{"TOXICITY":{}},"clientToken":"c"}"#)
        #expect(response.members?.map(\.0) == ["attributeScores", "languages", "clientToken"])
        #expect(
            response["attributeScores"]?["TOXICITY"]
                == .object([
                    (
                        "summaryScore",
                        .object([("value", .double(summary(response, "TOXICITY")!)), ("type", .string("PROBABILITY"))])
                    )
                ]))
        let explained = try analyze(
            #"{"comment":{"text":"hello"},"requestedAttributes":{"TOXICITY":{}}}"#, explain: true)
        #expect(explained["threadscan"] != nil)
    }

    @Test func thresholdsDropLowScoresAndAttributesKeepRequestOrder() throws {
        let response = try analyze(
            #"{"comment":{"text":"you idiot"},"requestedAttributes":{"PROFANITY":{"scoreThreshold":0.5},"INSULT":{"scoreThreshold":0.5},"TOXICITY":{}}}"#
        )
        #expect(response["attributeScores"]?.members?.map(\.0) == ["INSULT", "TOXICITY"])
    }

    @Test func spanScoresScoreEachSentence() throws {
        let response = try analyze(
            #"{"comment":{"text":"Nice photo. You are a moron."},"requestedAttributes":{"TOXICITY":{}},"spanAnnotations":true}"#
        )
        let spans = try #require(response["attributeScores"]?["TOXICITY"]?["spanScores"]?.arrayValue)
        #expect(spans.map { $0["begin"] } == [.int(0), .int(12)])
        #expect(spans.map { $0["end"] } == [.int(12), .int(28)])
        let values = spans.compactMap { $0["score"]?["value"]?.numberValue }
        #expect(values[0] < 0.1 && values[1] > 0.8)
    }

    @Test func htmlIsScoredOnItsVisibleText() throws {
        let response = try analyze(
            #"{"comment":{"text":"<p>you <b>absolute</b> idiot</p><script>nice</script>","type":"HTML"},"requestedAttributes":{"TOXICITY":{}},"THREADSCAN":null}"#
                .replacingOccurrences(of: #","THREADSCAN":null"#, with: ""), explain: true)
        #expect(response["threadscan"]?["text"]?.stringValue?.contains("you absolute idiot") == true)
        #expect(try #require(summary(response, "TOXICITY")) > 0.8)
    }

    @Test func contextMakesTheTextAReply() throws {
        let alone = try analyze(
            #"{"comment":{"text":"what a moron"},"requestedAttributes":{"TOXICITY":{}}}"#, explain: true)
        let reply = try analyze(
            #"{"comment":{"text":"what a moron"},"context":{"entries":[{"text":"I think the bridge is safe."}]},"requestedAttributes":{"TOXICITY":{}}}"#,
            explain: true)
        #expect(alone["threadscan"]?["replyStance"] == .null)
        #expect(reply["threadscan"]?["replyStance"] != .null)
        #expect(reply["threadscan"]?["incivility"]?["target"] == .string("participant"))
        let htmlReply = try analyze(
            #"{"comment":{"text":"what a moron"},"context":{"entries":[{"text":"<p>I think</p>","type":"HTML"}]},"requestedAttributes":{"TOXICITY":{}}}"#,
            explain: true)
        #expect(htmlReply["threadscan"]?["incivility"] == reply["threadscan"]?["incivility"])
        #expect(
            failure(
                #"{"comment":{"text":"x"},"context":{"entries":[{"text":"y","type":"PDF"}]},"requestedAttributes":{"TOXICITY":{}}}"#
            )?
            .message == PerspectiveError.Message.badTextType("PDF"))
    }

    @Test func answersPerspectivesErrorsWithItsStatuses() {
        let attributes = #""requestedAttributes":{"TOXICITY":{}}"#
        #expect(failure(#"{"comment":{"text":"  "},\#(attributes)}"#)?.errorType == "COMMENT_EMPTY")
        #expect(failure(#"{"comment":{},\#(attributes)}"#)?.errorType == "COMMENT_EMPTY")
        let long = String(repeating: "a", count: PerspectiveModel.defaultMaximumTextBytes + 1)
        #expect(failure(#"{"comment":{"text":"\#(long)"},\#(attributes)}"#)?.errorType == "COMMENT_TOO_LONG")
        #expect(
            failure(#"{"comment":{"text":"hola"},"languages":["es"],\#(attributes)}"#)?.errorType
                == "LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE")
        #expect(failure(#"{"comment":{"text":"hi"},"languages":["en-GB"],\#(attributes)}"#) == nil)
        let unknown = failure(#"{"comment":{"text":"hi"},"requestedAttributes":{"ATTACK_ON_AUTHOR":{}}}"#)
        #expect(unknown?.code == 400)
        #expect(unknown?.status == "INVALID_ARGUMENT")
        #expect(unknown?.message.hasPrefix("Attribute ATTACK_ON_AUTHOR is not computed by threadscan") == true)
        #expect(
            failure(#"{"comment":{"text":"hi"},"requestedAttributes":{"THREADSCAN_EXPLAIN":{}}}"#)?.message
                == PerspectiveError.Message.noAttributes)
        #expect(
            failure(#"{"comment":{"text":"hi"},"requestedAttributes":{"TOXICITY":{"scoreType":"STD_DEV_SCORE"}}}"#)?
                .message
                == PerspectiveError.Message.badScoreType("STD_DEV_SCORE", attribute: "TOXICITY"))
        #expect(
            failure(#"{"comment":{"text":"hi","type":"MARKDOWN"},\#(attributes)}"#)?.message
                == PerspectiveError.Message.badTextType("MARKDOWN"))
        #expect(
            failure(#"{"comment":{"text":"hi"},"extra":1,\#(attributes)}"#)?.message
                == PerspectiveError.Message.unknownField("extra"))
        #expect(
            failure(#"{"comment":{"text":"hi"},"spanAnnotations":"yes",\#(attributes)}"#)?.message
                == PerspectiveError.Message.wrongType("spanAnnotations", expected: "true or false"))
    }

    @Test func errorsUseGooglesShape() {
        let error = PerspectiveError.invalidArgument("bad", errorType: "COMMENT_EMPTY")
        #expect(
            error.json.serialized()
                == #"{"error":{"code":400,"message":"bad","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.commentanalyzer.v1alpha1.Error","errorType":"COMMENT_EMPTY"}]}}"#
        )
        #expect(PerspectiveError.http(431, "x").status == "RESOURCE_EXHAUSTED")
    }
}
