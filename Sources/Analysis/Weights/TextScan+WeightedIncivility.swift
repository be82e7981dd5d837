import Foundation
import Lexicon

extension TextScan {
    /// `result` ordered inside its band by learned incivility weights (`weights/incivility.tsv`,
    /// resolved as `table`): the weights' probability p that the text is uncivil, from its features
    /// (``incivilityLogit(_:table:)``), moves the score toward the point p of its band, by
    /// `ScoringRules.weightsShareOfBand`. The band, the categories and the target stay the
    /// lexicon's: a text never changes band.
    ///
    /// The evidence gains the rule `weights` (the whole change) and, for the
    /// `ScoringRules.weightsListed` features that move p most, `weights:FEATURE` with the change
    /// that feature makes at this text (its weight × value × the blend's slope), each with its line
    /// in the weights file; when the context shows no evidence, the score changes alone.
    func weigh(_ result: inout IncivilityResult, table: IncivilityFeatureTable) {
        let (total, strongest) = incivilityLogit(result, table: table)
        let probability = 1 / (1 + exp(-total))
        let floor = result.severity.lowestScore
        let ceiling = result.severity.upperCutoff
        let width = ceiling - floor
        let place = width > 0 ? min(1, max(0, (result.score - floor) / width)) : 0
        let share = ScoringRules.weightsShareOfBand
        var score = floor + width * ((1 - share) * place + share * probability)
        if result.severity != .high { score = min(score, ceiling.nextDown) }
        score = max(floor, score)
        guard context.showsEvidence else {
            result.score = score
            return
        }
        let slope = width * share * probability * (1 - probability)
        result.evidence.reserveCapacity(result.evidence.count + 1 + strongest.count)
        result.evidence.append(
            Evidence(
                start: 0, end: 0, text: "", source: .rule, name: ScoringRules.weightsRule,
                contribution: score - result.score, origin: table.biasOrigin))
        strongest.forEachInOrder { part in
            let name = listedName(part, of: result, table: table)
            let place =
                table.kinds[Int(part.feature)] == .word
                ? span(Int(part.place), Int(part.place) + 1) : (start: 0, end: 0, text: "")
            result.evidence.append(
                Evidence(
                    start: place.start, end: place.end, text: place.text, source: .rule,
                    name: name, contribution: part.logit * slope, origin: table.origins[Int(part.feature)]))
        }
        result.score = score
        result.omittedEvidence += OmittedEvidence.limit(&result.evidence)
    }

    /// The log-odds toward uncivil that `table` gives `result`'s text, the bias included, and the
    /// `ScoringRules.weightsListed` features that move it most, in the order of
    /// ``incivilityFeatures(_:)``: the entries, categories and rules of its evidence (each summed
    /// over its pieces, placed at its first), `score`, then its words (each once, at its first
    /// place). Features the weights do not weigh add nothing.
    /// - Complexity: O(e log e + n) in the pieces of evidence and the bytes of the text.
    func incivilityLogit(_ result: IncivilityResult, table: IncivilityFeatureTable) -> (
        total: Double, strongest: StrongestFeatures
    ) {
        var total = table.bias
        var strongest = StrongestFeatures(capacity: ScoringRules.weightsListed)
        // Each piece's feature and value, with its rank in the order the features are first named
        // (an entry's piece, then its category's).
        typealias Piece = (feature: Int32, rank: Int, value: Double)
        withUnsafeTemporaryAllocation(of: Piece.self, capacity: 2 * result.evidence.count) { buffer in
            var count = 0
            for position in result.evidence.indices {
                switch result.evidence[position].source {
                case .entry:
                    let contribution = result.evidence[position].contribution
                    if let id = table.id(of: .entry, named: result.evidence[position].name) {
                        buffer[count] = (id, 2 * position, contribution)
                        count += 1
                    }
                    if let category = result.evidence[position].category,
                        let id = table.id(of: .category, named: category)
                    {
                        buffer[count] = (id, 2 * position + 1, contribution)
                        count += 1
                    }
                case .rule:
                    if let id = table.id(of: .rule, named: result.evidence[position].name) {
                        buffer[count] = (id, 2 * position, 1)
                        count += 1
                    }
                }
            }
            // Summed per feature in text order (from 0, as a sum starts), in place, then taken in
            // the order of their first pieces.
            var pieces = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
            pieces.sort { $0.feature != $1.feature ? $0.feature < $1.feature : $0.rank < $1.rank }
            var sums = 0
            for piece in pieces {
                if sums == 0 || pieces[sums - 1].feature != piece.feature {
                    pieces[sums] = (piece.feature, piece.rank, 0)
                    sums += 1
                }
                pieces[sums - 1].value += piece.value
            }
            pieces = UnsafeMutableBufferPointer(rebasing: pieces[..<sums])
            pieces.sort { $0.rank < $1.rank }
            for sum in pieces {
                let part = table.logits[Int(sum.feature)] * sum.value
                total += part
                if part != 0 {
                    strongest.offer(WeightedFeature(feature: sum.feature, place: Int32(sum.rank / 2), logit: part))
                }
            }
        }
        if result.score > 0, let id = table.score {
            let part = table.logits[Int(id)] * result.score
            total += part
            if part != 0 { strongest.offer(WeightedFeature(feature: id, place: -1, logit: part)) }
        }
        addWords(table, to: &total, strongest: &strongest)
        return (total, strongest)
    }

    /// Adds to `total` the log-odds of each content word the weights weigh (`ContentWords`), once,
    /// and offers those that move it to `strongest`, at their first token: the words told apart by
    /// a bit per word of the table.
    /// - Complexity: O(c + w) in the content words and the words of the table (w / 64 words cleared).
    private func addWords(
        _ table: IncivilityFeatureTable, to total: inout Double, strongest: inout StrongestFeatures
    ) {
        let words = table.words
        guard words.count > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (words.count + 63) / 64) { seen in
            seen.initialize(repeating: 0)
            contentWords.forEachWord { token, word, hash in
                guard let id = words.find(word, hash: hash), seen.insertID(id) else { return }
                let logit = table.logits[Int(id)]
                total += logit
                if logit != 0 { strongest.offer(WeightedFeature(feature: id, place: Int32(token), logit: logit)) }
            }
        }
    }

    /// The name of `part`'s evidence: `weights:` and the feature's name as the weights file lists
    /// it (`weights:word:muppet`, `weights:entry:idiot*`), spelt as the text or its evidence spells
    /// it; an ASCII word lowercased straight into the name.
    func listedName(_ part: WeightedFeature, of result: IncivilityResult, table: IncivilityFeatureTable) -> String {
        let kind = table.kinds[Int(part.feature)]
        let prefix = table.listedPrefixes[Int(kind.rawValue)]
        switch kind {
        case .word:
            let word = UnsafeBufferPointer(rebasing: bytes[ReplyWords.textRange(Int(part.place), in: self)])
            guard word.allSatisfy({ $0 < 0x80 }) else { return prefix + ReplyWords.text(Int(part.place), in: self) }
            var prefix = prefix
            return prefix.withUTF8 { prefix in
                String(unsafeUninitializedCapacity: prefix.count + word.count) { name in
                    _ = name.initialize(from: prefix)
                    for (offset, byte) in word.enumerated() { name[prefix.count + offset] = ASCII.lowercased(byte) }
                    return prefix.count + word.count
                }
            }
        case .entry, .rule: return prefix + result.evidence[Int(part.place)].name
        case .category: return prefix + (result.evidence[Int(part.place)].category ?? "")
        case .score: return prefix
        }
    }
}
