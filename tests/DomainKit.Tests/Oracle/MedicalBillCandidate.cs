using DomainKit.Assistance;

namespace DomainKit.Tests.Oracle;

/// <summary>A bill with its household before validation, as the oracle validator reads it; it reports paths under <c>bill</c>.</summary>
internal sealed record MedicalBillCandidate(Household Household, MedicalBill Bill);
