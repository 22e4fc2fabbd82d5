import NewsModel

/// What a piece of the screen is, for the theme to style: screens name roles, never colours.
public enum StyleRole: Hashable, Sendable {
  case titleBar, paneTitle, paneTitleFocused, border
  case listItem, listItemSelected, listItemSelectedUnfocused, listDetail
  case headline, heading, byline, body
  case entity(EntityType)
  case focusedMention, otherMentionOfFocus, searchMatch, currentSearchMatch, disputedFigure
  case statusBar, statusKey, statusMessage
  case panelItem, panelItemSelected, severityHigh, severityMedium, severityLow, severityInfo
  case agreeing, muted, helpKey, helpGroup, overlay, onlyInOne, changedWord
}
