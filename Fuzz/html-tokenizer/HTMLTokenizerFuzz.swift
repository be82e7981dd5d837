import FuzzSupport
import PageParsing

/// Runs the HTML tokenizer over the input to its end, starting in the content state picked by the
/// first byte, and checks that every token's offsets lie inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLTokenizer(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let states: [HTMLTokenizerContentState] = [.data, .data, .rcdata, .rawtext, .scriptData, .plaintext, .cdataSection]
    let state = states[Int(bytes.first ?? 0) % states.count]
    var tokenizer = HTMLTokenizer(bytes, initialState: state, lastStartTag: state == .data ? nil : Array("script".utf8))
    var tokens = 0
    while true {
        let token = tokenizer.next()
        tokens += 1
        FuzzFailure.check(tokens <= 2 * bytes.count + 2, "more tokens than the input can hold")
        if case .endOfFile(let offset) = token {
            FuzzFailure.check(offset == bytes.count, "end of file at \(offset) of \(bytes.count)")
            break
        }
    }
    return 0
}
