import Analysis

/// The JSON of one analysed text, for `threadscan explain --format json`; its incivility and
/// evidence objects are the same as a report's posts carry.
package enum TextAnalysisJSON {
    /// `{"text", "incivility", "replyStance", "targetStances"}`.
    package static func value(_ analysis: TextAnalysis, text: String) -> JSONValue {
        var tree = JSONTree()
        write(analysis, text: text, into: &tree)
        return tree.value
    }

    /// Writes `{"text", "incivility", "replyStance", "targetStances"}`.
    package static func write<Out: JSONOutput>(_ analysis: TextAnalysis, text: String, into out: inout Out) {
        out.beginObject()
        out.member("text", text)
        out.member("incivility") { ThreadReportJSON.incivility(analysis.incivility, into: &$0) }
        out.key("replyStance")
        if let stance = analysis.replyStance {
            out.object { out in
                out.member("stance", stance.stance.rawValue)
                out.key("cues")
                out.array(stance.cues) { ThreadReportJSON.evidence($1, into: &$0) }
                out.member("scores") { out in
                    out.object { out in
                        for score in stance.scores { out.member(JSONKey(score.stance.rawValue), number: score.score) }
                    }
                }
            }
        } else {
            out.null()
        }
        out.key("targetStances")
        out.array(analysis.targetStances) { out, result in
            out.object { out in
                out.member("target", result.target)
                out.member("stance", result.stance.rawValue)
                out.key("evidence")
                out.array(result.evidence) { ThreadReportJSON.evidence($1, into: &$0) }
                ThreadReportJSON.omittedEvidence(result.omittedEvidence, into: &out)
            }
        }
        out.endObject()
    }
}
