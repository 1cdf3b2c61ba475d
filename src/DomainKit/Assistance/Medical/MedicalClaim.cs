using Ardalis.Result;

namespace DomainKit.Assistance;

/// <summary>A medical bill together with the patient's household, validated as a pair: the only input of medical assistance.</summary>
/// <remarks>Created only through <see cref="Create"/>, so every instance is valid. Instances are immutable and thread-safe.</remarks>
public sealed class MedicalClaim
{
    private MedicalClaim(Household household, MedicalBill bill)
    {
        Household = household;
        Bill = bill;
    }

    /// <summary>The patient's household.</summary>
    public Household Household { get; }

    /// <summary>The bill.</summary>
    public MedicalBill Bill { get; }

    /// <summary>The patient.</summary>
    public HouseholdMember Patient => Household.Members[Bill.MemberIndex];

    /// <summary>The same claim after earlier bills of the patient this year: what they paid and met is added by stage.</summary>
    internal MedicalClaim AfterEarlierBills(ReadOnlySpan<Money> paid, ReadOnlySpan<Money> met)
    {
        var stages = Math.Max(paid.Length, Math.Max(Bill.AlreadyPaidThisYear.Length, Bill.DeductibleMetThisYear.Length));
        var paidNow = new Money[stages];
        var metNow = new Money[stages];
        for (var s = 0; s < stages; s++)
        {
            paidNow[s] = Bill.AlreadyPaid(s) + (s < paid.Length ? paid[s] : Money.Zero);
            metNow[s] = Bill.DeductibleMet(s) + (s < met.Length ? met[s] : Money.Zero);
        }

        return new MedicalClaim(Household, Bill with { AlreadyPaidThisYear = [.. paidNow], DeductibleMetThisYear = [.. metNow] });
    }

    /// <summary>Validates a bill against its household.</summary>
    /// <param name="household">The patient's household.</param>
    /// <param name="bill">The bill.</param>
    /// <returns>
    /// The claim, or Invalid with paths under <c>bill</c>: the member index must name a member; amounts are
    /// not negative and at most 10,000,000,000 yuan; excluded items and insurance payments together do not
    /// exceed the total cost.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<MedicalClaim> Create(Household household, MedicalBill bill)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(bill);
        return MedicalBillChecks.Check(household, bill) is { } errors
            ? Result<MedicalClaim>.Invalid(errors)
            : Result<MedicalClaim>.Success(new MedicalClaim(household, bill));
    }
}
