using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>rejectionNotified</c> event: the applicant is told of the rejection in writing (WF-03).</summary>
[Description("The applicant is told of the rejection in writing (WF-03).")]
public sealed record RejectionNotifiedDocument : CaseEventDocument;
