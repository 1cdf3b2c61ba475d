using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>paperworkCompleted</c> event: the paperwork of the aid paid first is complete (ZF-TA-01).</summary>
[Description("The paperwork of the aid paid first is complete (ZF-TA-01).")]
public sealed record PaperworkCompletedDocument : CaseEventDocument;
