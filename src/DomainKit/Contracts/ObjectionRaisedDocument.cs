using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>objectionRaised</c> event: an objection is raised while the notice is up (PB-02).</summary>
[Description("An objection is raised while the notice is up (PB-02).")]
public sealed record ObjectionRaisedDocument : CaseEventDocument;
