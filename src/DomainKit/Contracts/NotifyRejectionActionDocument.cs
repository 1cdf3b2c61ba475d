using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>notifyRejection</c> command: records that the household was told of the rejection in writing (WF-03).</summary>
[Description("Records that the household was told of the rejection in writing (WF-03).")]
public sealed record NotifyRejectionActionDocument : CaseActionDocument;
