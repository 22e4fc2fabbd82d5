import NewsModel
import TerminalUI

/// Maps style roles to styles; `default` for colour terminals, `monochrome` for `NO_COLOR`.
///
/// Every role that matters stays readable without colour: selections are reversed,
/// entities underlined, headings bold. The backend degrades 256-colour indices to
/// the 8 basic colours on smaller terminals.
public struct Theme: Sendable {
  private let styles: @Sendable (StyleRole) -> Style

  /// Creates a theme from a mapping.
  public init(_ styles: @escaping @Sendable (StyleRole) -> Style) { self.styles = styles }

  /// The style of a role.
  public func style(_ role: StyleRole) -> Style { styles(role) }

  /// The theme for colour terminals.
  public static let `default` = Theme { role in
    switch role {
    case .titleBar: Style(foreground: .black, background: .cyan, attributes: .bold)
    case .paneTitle: Style(foreground: .cyan, attributes: .bold)
    case .paneTitleFocused: Style(foreground: .black, background: .cyan, attributes: .bold)
    case .border: Style(foreground: .indexed(240, fallback: .white), attributes: .dim)
    case .listItem, .body, .panelItem: .plain
    case .listItemSelected, .panelItemSelected: Style(attributes: [.reverse, .bold])
    case .listItemSelectedUnfocused: Style(attributes: .reverse)
    case .listDetail, .muted: Style(attributes: .dim)
    case .headline: Style(foreground: .white, attributes: .bold)
    case .heading: Style(foreground: .cyan, attributes: .bold)
    case .byline: Style(attributes: [.dim, .italic])
    case .entity(let type): entityStyle(type)
    case .focusedMention: Style(foreground: .black, background: .yellow, attributes: .bold)
    case .otherMentionOfFocus: Style(foreground: .yellow, attributes: [.bold, .underline])
    case .searchMatch: Style(foreground: .black, background: .indexed(180, fallback: .yellow))
    case .currentSearchMatch: Style(foreground: .black, background: .yellow, attributes: .bold)
    case .disputedFigure: Style(foreground: .red, attributes: [.bold, .underline])
    case .statusBar: Style(foreground: .white, background: .indexed(236, fallback: .blue))
    case .statusKey: Style(foreground: .yellow, background: .indexed(236, fallback: .blue), attributes: .bold)
    case .statusMessage: Style(foreground: .green, background: .indexed(236, fallback: .blue), attributes: .bold)
    case .severityHigh: Style(foreground: .red, attributes: .bold)
    case .severityMedium: Style(foreground: .yellow, attributes: .bold)
    case .severityLow: Style(foreground: .cyan)
    case .severityInfo: Style(attributes: .dim)
    case .agreeing: Style(foreground: .green)
    case .helpKey: Style(foreground: .yellow, attributes: .bold)
    case .helpGroup: Style(foreground: .cyan, attributes: [.bold, .underline])
    case .overlay: .plain
    case .onlyInOne: Style(foreground: .indexed(245, fallback: .white), attributes: .dim)
    case .changedWord: Style(foreground: .black, background: .indexed(222, fallback: .yellow), attributes: .bold)
    }
  }

  /// The theme without colour (`NO_COLOR`): attributes carry every distinction.
  public static let monochrome = Theme { role in
    switch role {
    case .titleBar, .paneTitleFocused, .listItemSelected, .panelItemSelected, .focusedMention, .currentSearchMatch,
      .changedWord:
      Style(attributes: [.reverse, .bold])
    case .listItemSelectedUnfocused, .statusBar, .searchMatch: Style(attributes: .reverse)
    case .statusKey, .statusMessage: Style(attributes: [.reverse, .bold])
    case .paneTitle, .headline, .heading, .helpKey, .severityHigh: Style(attributes: .bold)
    case .helpGroup: Style(attributes: [.bold, .underline])
    case .entity(let type): type.isName ? Style(attributes: .underline) : Style(attributes: .bold)
    case .otherMentionOfFocus, .disputedFigure: Style(attributes: [.bold, .underline])
    case .border, .listDetail, .muted, .byline, .severityInfo, .onlyInOne: Style(attributes: .dim)
    default: .plain
    }
  }

  private static func entityStyle(_ type: EntityType) -> Style {
    switch type {
    case .person: Style(foreground: .indexed(114, fallback: .green), attributes: .bold)
    case .organization: Style(foreground: .indexed(75, fallback: .blue), attributes: .bold)
    case .geopolitical: Style(foreground: .indexed(80, fallback: .cyan))
    case .nationality: Style(foreground: .indexed(116, fallback: .cyan), attributes: .italic)
    case .weapon: Style(foreground: .indexed(203, fallback: .red), attributes: .bold)
    case .event: Style(foreground: .indexed(177, fallback: .magenta))
    case .date: Style(foreground: .indexed(179, fallback: .yellow))
    case .quantity: Style(foreground: .indexed(215, fallback: .yellow), attributes: .bold)
    case .money: Style(foreground: .indexed(149, fallback: .green), attributes: .bold)
    }
  }
}
