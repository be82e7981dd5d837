/// The states of the WHATWG tokenizer state machine ("13.2.5 Tokenization"), one case per state.
///
/// The character reference states are the one exception: the tokenizer has the whole input, so
/// it resolves a reference by looking ahead in one step
/// (`HTMLTokenizer.consumeCharacterReference(inAttribute:)`) with the same outcome and errors.
enum HTMLTokenizerState: UInt8, Sendable {
    /// Data state.
    case data
    /// RCDATA state.
    case rcdata
    /// RAWTEXT state.
    case rawtext
    /// Script data state.
    case scriptData
    /// PLAINTEXT state.
    case plaintext
    /// Tag open state.
    case tagOpen
    /// End tag open state.
    case endTagOpen
    /// Tag name state.
    case tagName
    /// RCDATA less-than sign state.
    case rcdataLessThanSign
    /// RCDATA end tag open state.
    case rcdataEndTagOpen
    /// RCDATA end tag name state.
    case rcdataEndTagName
    /// RAWTEXT less-than sign state.
    case rawtextLessThanSign
    /// RAWTEXT end tag open state.
    case rawtextEndTagOpen
    /// RAWTEXT end tag name state.
    case rawtextEndTagName
    /// Script data less-than sign state.
    case scriptDataLessThanSign
    /// Script data end tag open state.
    case scriptDataEndTagOpen
    /// Script data end tag name state.
    case scriptDataEndTagName
    /// Script data escape start state.
    case scriptDataEscapeStart
    /// Script data escape start dash state.
    case scriptDataEscapeStartDash
    /// Script data escaped state.
    case scriptDataEscaped
    /// Script data escaped dash state.
    case scriptDataEscapedDash
    /// Script data escaped dash dash state.
    case scriptDataEscapedDashDash
    /// Script data escaped less-than sign state.
    case scriptDataEscapedLessThanSign
    /// Script data escaped end tag open state.
    case scriptDataEscapedEndTagOpen
    /// Script data escaped end tag name state.
    case scriptDataEscapedEndTagName
    /// Script data double escape start state.
    case scriptDataDoubleEscapeStart
    /// Script data double escaped state.
    case scriptDataDoubleEscaped
    /// Script data double escaped dash state.
    case scriptDataDoubleEscapedDash
    /// Script data double escaped dash dash state.
    case scriptDataDoubleEscapedDashDash
    /// Script data double escaped less-than sign state.
    case scriptDataDoubleEscapedLessThanSign
    /// Script data double escape end state.
    case scriptDataDoubleEscapeEnd
    /// Before attribute name state.
    case beforeAttributeName
    /// Attribute name state.
    case attributeName
    /// After attribute name state.
    case afterAttributeName
    /// Before attribute value state.
    case beforeAttributeValue
    /// Attribute value (double-quoted) state.
    case attributeValueDoubleQuoted
    /// Attribute value (single-quoted) state.
    case attributeValueSingleQuoted
    /// Attribute value (unquoted) state.
    case attributeValueUnquoted
    /// After attribute value (quoted) state.
    case afterAttributeValueQuoted
    /// Self-closing start tag state.
    case selfClosingStartTag
    /// Bogus comment state.
    case bogusComment
    /// Markup declaration open state.
    case markupDeclarationOpen
    /// Comment start state.
    case commentStart
    /// Comment start dash state.
    case commentStartDash
    /// Comment state.
    case comment
    /// Comment less-than sign state.
    case commentLessThanSign
    /// Comment less-than sign bang state.
    case commentLessThanSignBang
    /// Comment less-than sign bang dash state.
    case commentLessThanSignBangDash
    /// Comment less-than sign bang dash dash state.
    case commentLessThanSignBangDashDash
    /// Comment end dash state.
    case commentEndDash
    /// Comment end state.
    case commentEnd
    /// Comment end bang state.
    case commentEndBang
    /// DOCTYPE state.
    case doctype
    /// Before DOCTYPE name state.
    case beforeDoctypeName
    /// DOCTYPE name state.
    case doctypeName
    /// After DOCTYPE name state.
    case afterDoctypeName
    /// After DOCTYPE public keyword state.
    case afterDoctypePublicKeyword
    /// Before DOCTYPE public identifier state.
    case beforeDoctypePublicIdentifier
    /// DOCTYPE public identifier (double-quoted) state.
    case doctypePublicIdentifierDoubleQuoted
    /// DOCTYPE public identifier (single-quoted) state.
    case doctypePublicIdentifierSingleQuoted
    /// After DOCTYPE public identifier state.
    case afterDoctypePublicIdentifier
    /// Between DOCTYPE public and system identifiers state.
    case betweenDoctypePublicAndSystemIdentifiers
    /// After DOCTYPE system keyword state.
    case afterDoctypeSystemKeyword
    /// Before DOCTYPE system identifier state.
    case beforeDoctypeSystemIdentifier
    /// DOCTYPE system identifier (double-quoted) state.
    case doctypeSystemIdentifierDoubleQuoted
    /// DOCTYPE system identifier (single-quoted) state.
    case doctypeSystemIdentifierSingleQuoted
    /// After DOCTYPE system identifier state.
    case afterDoctypeSystemIdentifier
    /// Bogus DOCTYPE state.
    case bogusDoctype
    /// CDATA section state.
    case cdataSection
    /// CDATA section bracket state.
    case cdataSectionBracket
    /// CDATA section end state.
    case cdataSectionEnd

    /// The state a content state names.
    init(_ content: HTMLTokenizerContentState) {
        switch content {
        case .data: self = .data
        case .rcdata: self = .rcdata
        case .rawtext: self = .rawtext
        case .scriptData: self = .scriptData
        case .plaintext: self = .plaintext
        case .cdataSection: self = .cdataSection
        }
    }
}
