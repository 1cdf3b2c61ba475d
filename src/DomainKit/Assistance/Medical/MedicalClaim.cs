using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>A medical bill together with the patient's household, validated as a pair: the only input of medical assistance.</summary>
/// <remarks>Created only through <see cref="Create"/>, so every instance is valid. Instances are immutable and thread-safe.</remarks>
public sealed class MedicalClaim
{
    private static readonly MedicalBillValidator Validator = new();

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
        var validation = Validator.Validate(new MedicalBillCandidate(household, bill));
        return validation.IsValid
            ? Result<MedicalClaim>.Success(new MedicalClaim(household, bill))
            : Result<MedicalClaim>.Invalid(Errors.FromFluent(validation));
    }
}
