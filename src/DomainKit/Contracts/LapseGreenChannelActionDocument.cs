using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>lapseGreenChannel</c> command: lapses a green channel whose paperwork deadline passed; aid stops and the amount is opened for recovery (ZF-TA-01).</summary>
[Description("Lapses a green channel whose paperwork deadline passed; aid stops and the amount is opened for recovery (ZF-TA-01).")]
public sealed record LapseGreenChannelActionDocument : CaseActionDocument;
