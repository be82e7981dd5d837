import Foundation

/// A list of member names as reaction lines give it: `alice, bob and 3 others`.
enum NameList {
    /// How many members the list names, the `N others` included.
    static func count(_ list: String) -> Int {
        var total = 0
        let parts = list.replacingOccurrences(of: " and ", with: ", ").split(separator: ",")
        for part in parts {
            let words = part.split(separator: " ")
            if words.count == 2, let number = Int(words[0]), words[1].hasPrefix("other") {
                total += number
            } else if !words.isEmpty {
                total += 1
            }
        }
        return max(total, 1)
    }
}
