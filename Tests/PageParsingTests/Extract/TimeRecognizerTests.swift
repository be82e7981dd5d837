import Lexicon
import Testing

@testable import PageParsing

@Suite struct TimeRecognizerTests {
    static let recognizer = TimeRecognizer(vocabulary: try! PlatformLexicon(bundle: .defaults).vocabulary.times)

    @Test(arguments: [
        "January 14", "8 minutes ago", "On 1/14/2025 at 3:05 AM", "Tue Jan 14, 2025 3:05 pm", "17 Jan 2025",
        "Mon Jan 13 2025", "2 hours ago", "Mar 3, 2025", "01-14-2025, 03:05 PM", "Yesterday at 9:12 PM",
        "• 2 hours ago", "an hour ago", "Just now", "5h", "3PM", "2024-01-15", "March 2, 2025 at 11:02 am", "Sept. 4",
    ])
    func recognisesDates(_ text: String) {
        #expect(Self.recognizer.isTime(Array(text.utf8)[...]))
    }

    @Test(arguments: [
        "3", "2025", "Posted", "on a", "Last", "bramblegate", "The 3 of us", "May I ask?", "at the market",
        "8 minutes ago, alice said:", "", "#12",
    ])
    func rejectsOtherLines(_ text: String) {
        #expect(!Self.recognizer.isTime(Array(text.utf8)[...]))
    }

    @Test func trimsLeadingBullets() {
        #expect(TimeRecognizer.trimmingLeadingSeparators("• · 2 hours ago") == "2 hours ago")
        #expect(TimeRecognizer.trimmingLeadingSeparators("Jan 3") == "Jan 3")
    }
}
