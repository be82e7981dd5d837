import Analysis
import ThreadModel

extension HTMLReportFixtures {
    /// An invented gardening thread: a long civil opening post, a quoted argument that turns
    /// uncivil, a question, reactions, and a reply chain deeper than the report nests.
    static func gardening() -> ThreadReport {
        let opening = Array(
            repeating: "Our allotment committee asked me to collect advice on autumn planting before the frost. "
                + "Please share what has worked on heavy clay, and what you would never try again.\n\n",
            count: 6
        ).joined()
        let earlier = "Yeah, mid-November is fine where I am, as long as the cloves go in before the ground freezes."
        let angry = "No, that is nonsense. Only an idiot plants garlic in frozen clay, and you know it."
        let harsher = "Calm down, you absolute clown. Nobody asked for your rubbish, so shut up."
        var specs: [PostSpec] = [
            PostSpec(author: "marigold_jo", time: "November 14", body: opening),
            PostSpec(
                author: "Rootbound", time: "1 hour ago", body: earlier, parent: 0, kind: .cue, stance: .support,
                stanceCues: [
                    Evidence(
                        start: 0, end: 4, text: "Yeah", source: .entry, name: "yeah", category: "support",
                        contribution: 0.6,
                        origin: "stance.tsv:11"
                    ),
                    Evidence(
                        start: 0, end: 5, text: "Yeah,", source: .rule, name: "opening-agreement", contribution: 0.1),
                ]
            ),
            PostSpec(
                author: "Kettle42", time: "50 minutes ago", body: angry, parent: 1, kind: .quote, stance: .deny,
                severity: .medium, fired: [("idiot", "insult"), ("nonsense", "pejorative-speech")],
                quotes: [Quote(author: "Rootbound", postIndex: 1, time: "58 minutes ago", text: earlier, span: span)],
                reactions: [Reaction(name: "Like", count: 1)]
            ),
            PostSpec(
                author: "Rootbound", time: "42 minutes ago", body: harsher, parent: 2, kind: .quote, stance: .deny,
                severity: .high,
                fired: [
                    ("absolute clown", "name-calling"), ("shut up", "vulgarity"), ("rubbish", "pejorative-speech"),
                ],
                quotes: [Quote(author: "Kettle42", postIndex: 2, time: "8 minutes ago", text: angry, span: span)],
                reactions: [Reaction(name: "Haha", count: 4), Reaction(name: "Like", count: 2)],
                extraEvidence: [
                    Evidence(
                        start: 11, end: 14, text: "you", source: .rule, name: "target:participant", contribution: 0.1)
                ]
            ),
            PostSpec(
                author: "fernweh 🌿", time: "30 minutes ago",
                body: "Does softneck garlic behave differently from hardneck? Naïve question, I know — first season.",
                parent: 0, kind: .thread, stance: .query
            ),
        ]
        for step in 0..<6 {
            specs.append(
                PostSpec(
                    author: step.isMultiple(of: 2) ? "Kettle42" : "Rootbound", time: "\(20 - step * 3) minutes ago",
                    body: "Reply \(step + 1) down the chain: still arguing about mulch depth, politely this time.",
                    parent: specs.count - 1 == 4 ? 3 : specs.count - 1, kind: .quote, stance: .comment
                )
            )
        }
        let signals = ThreadSignals(
            escalations: [
                Escalation(kind: .turnedUncivil, post: 2, parent: 1, from: .none, to: .medium, civilRepliesBefore: 1),
                Escalation(kind: .intensified, post: 3, parent: 2, from: .medium, to: .high, civilRepliesBefore: 0),
            ],
            pileOns: [],
            heatedExchanges: [HeatedExchange(authors: ["Kettle42", "Rootbound"], posts: [2, 3])],
            amplifications: [Amplification(post: 3, approvals: 6, reactions: ["Haha 4", "Like 2"])]
        )
        return report(
            title: "Is it too late to plant garlic?", source: "saved/garlic-thread.txt", specs: specs,
            reasons: { index in
                index == 3
                    ? [
                        "Name-calling aimed at a participant (Kettle42)", "Harsher than the post it answers",
                        "Amplified: Haha 4, Like 2",
                    ]
                    : ["Insult aimed at a participant (Rootbound)", "Turned a civil exchange uncivil"]
            },
            signals: signals, edgeEvidence: "quotes the post it answers"
        )
    }

    /// A thread whose title, source, platform, authors, times, bodies, quotes, reactions, attachments,
    /// reasons, evidence, edge evidence, signals, author summaries and warnings are all payloads of `HTMLInjectionCorpus`, with evidence
    /// offsets both right and wrong (negative, past the end, reversed, inside a character).
    static func injection() -> ThreadReport {
        let payloads = HTMLInjectionCorpus.payloads
        var specs = [PostSpec(author: payloads[2], time: payloads[3], body: "Opening post. " + payloads[4])]
        for (offset, payload) in payloads.enumerated() {
            let body = "Before ✓ " + payload + " after 👩🏽‍🚀 end"
            let length = body.utf8.count
            let wrong = [(-5, 3), (3, length + 100), (12, 7), (8, 9), (length - 3, length - 1), (Int.min, Int.max)]
            specs.append(
                PostSpec(
                    author: payload, time: payload, body: body,
                    parent: offset == 0 ? 0 : specs.count - (offset % 3 == 0 ? 2 : 1),
                    kind: .quote, stance: ReplyStance.allCases[offset % 4],
                    stanceCues: [
                        Evidence(
                            start: 0, end: 6, text: payload, source: .entry, name: payload, contribution: 0.2,
                            origin: payload),
                        Evidence(start: 0, end: 6, text: payload, source: .rule, name: payload, contribution: 0.1),
                    ],
                    severity: Severity.allCases[1 + offset % 3],
                    fired: [(payload, payload)],
                    quotes: [
                        Quote(author: payload, postIndex: specs.count - 1, time: payload, text: payload, span: span)
                    ],
                    reactions: [Reaction(name: payload, count: offset)],
                    attachments: [payload, "plain.png"],
                    extraEvidence: wrong.map { start, end in
                        Evidence(
                            start: start, end: end, text: payload, source: .rule, name: payload, category: payload,
                            contribution: 0.1, origin: payload
                        )
                    }
                )
            )
        }
        let signals = ThreadSignals(
            escalations: [
                Escalation(kind: .turnedUncivil, post: 1, parent: 0, from: .none, to: .low, civilRepliesBefore: 0)
            ],
            pileOns: [
                PileOn(target: .author(payloads[5]), replies: [2, 3], authors: [payloads[6], payloads[7]]),
                PileOn(target: .post(1), replies: [2, 3], authors: [payloads[8]]),
            ],
            heatedExchanges: [HeatedExchange(authors: [payloads[9], payloads[10]], posts: [4, 5])],
            amplifications: [Amplification(post: 2, approvals: 3, reactions: [payloads[11]])]
        )
        var hostile = report(
            title: payloads[0], source: payloads[1], platform: payloads[12], specs: specs,
            reasons: { [payloads[$0 % payloads.count], "plain reason"] }, signals: signals,
            uncivilTowards: [payloads[14], payloads[15]], edgeEvidence: payloads[13],
            warnings: payloads.prefix(3).enumerated().map { ParseWarning(byteOffset: $0.offset, message: $0.element) }
        )
        hostile.pages = [payloads[16], payloads[17], payloads[18]]
        return hostile
    }
}
