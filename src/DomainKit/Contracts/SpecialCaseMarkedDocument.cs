using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>specialCaseMarked</c> event: the case is a special case, with the reason in its header; the dibao decision limit is the special one (WF-01).</summary>
[Description("The case is a special case, with the reason in its header; the dibao decision limit is the special one (WF-01).")]
public sealed record SpecialCaseMarkedDocument : CaseEventDocument;
