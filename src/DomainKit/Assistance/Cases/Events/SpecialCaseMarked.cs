namespace DomainKit.Assistance;

/// <summary>
/// The case was marked as a special case (特殊情况) with the reason in its header: the dibao decision limit is
/// then the longer one of WF-01 (45 working days from acceptance by default) instead of the ordinary one.
/// </summary>
public sealed record SpecialCaseMarked : CaseEvent;
