/// The Unicode bidirectional formatting characters, which page text can use to make a report's
/// line read in another order than it is written (a right-to-left override in a name). The text
/// and Markdown reports show each as a visible marker; the HTML report isolates page text instead.
package enum BidiControl {
    /// The marker shown for `scalar` (`[RLO]`), or `nil` when it is not a bidirectional control.
    package static func marker(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x061C: "[ALM]"
        case 0x200E: "[LRM]"
        case 0x200F: "[RLM]"
        case 0x202A: "[LRE]"
        case 0x202B: "[RLE]"
        case 0x202C: "[PDF]"
        case 0x202D: "[LRO]"
        case 0x202E: "[RLO]"
        case 0x2066: "[LRI]"
        case 0x2067: "[RLI]"
        case 0x2068: "[FSI]"
        case 0x2069: "[PDI]"
        default: nil
        }
    }

    /// Whether `character` holds a bidirectional control.
    package static func contains(_ character: Character) -> Bool {
        character.unicodeScalars.contains { marker($0) != nil }
    }

    /// `character` with each bidirectional control replaced by its marker.
    package static func visible(_ character: Character) -> String {
        var out = ""
        for scalar in character.unicodeScalars {
            if let marker = marker(scalar) { out += marker } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
