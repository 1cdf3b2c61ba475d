namespace DomainKit.Assistance;

/// <summary>A bill with its household before validation; the validator reports paths under <c>bill</c>.</summary>
internal sealed record MedicalBillCandidate(Household Household, MedicalBill Bill);
