using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>A household with the medical bills it brings, validated together: the input of the household assessment.</summary>
/// <remarks>Created only through <see cref="Create"/>. Instances are immutable and thread-safe.</remarks>
public sealed class HouseholdClaims
{
    /// <summary>The most bills one household may bring at once.</summary>
    public const int MaxBills = 100;

    private HouseholdClaims(Household household, ImmutableArray<MedicalBill> bills, ImmutableArray<MedicalClaim> medicalClaims, ExpenditureClaim? expenditure, TemporaryAssistanceRequest? temporary)
    {
        Household = household;
        Bills = bills;
        MedicalClaims = medicalClaims;
        Expenditure = expenditure;
        Temporary = temporary;
    }

    /// <summary>The household.</summary>
    public Household Household { get; }

    /// <summary>The medical bills, each valid for the household.</summary>
    public ImmutableArray<MedicalBill> Bills { get; }

    /// <summary>Each bill as the claim it was validated as, so deciding it does not validate it again.</summary>
    internal ImmutableArray<MedicalClaim> MedicalClaims { get; }

    /// <summary>The expenditure-hardship claim, if the household brings one.</summary>
    public ExpenditureClaim? Expenditure { get; }

    /// <summary>The temporary-assistance request, if the household brings one.</summary>
    public TemporaryAssistanceRequest? Temporary { get; }

    /// <summary>A household with no bills.</summary>
    /// <param name="household">The household.</param>
    /// <returns>The claims.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    public static HouseholdClaims Of(Household household)
    {
        ArgumentNullException.ThrowIfNull(household);
        return new HouseholdClaims(household, [], [], null, null);
    }

    /// <summary>Validates what a household brings to the window against the household.</summary>
    /// <param name="household">The household.</param>
    /// <param name="bills">The medical bills.</param>
    /// <param name="expenditure">An expenditure-hardship claim, if any.</param>
    /// <param name="temporary">A temporary-assistance request, if any.</param>
    /// <returns>The claims, or Invalid with paths such as <c>bills[1].totalCost</c>, <c>claim.medicalSpending</c> or <c>request.need</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> or <paramref name="bills"/> is null.</exception>
    public static Result<HouseholdClaims> Create(Household household, IEnumerable<MedicalBill> bills, ExpenditureClaim? expenditure = null, TemporaryAssistanceRequest? temporary = null)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(bills);
        var array = bills.ToImmutableArray();
        if (array.Length > MaxBills)
        {
            return Result<HouseholdClaims>.Invalid(Errors.At("bills", ErrorCodes.OutOfRange, $"At most {MaxBills} bills."));
        }

        var errors = new List<ValidationError>();
        var claims = ImmutableArray.CreateBuilder<MedicalClaim>(array.Length);
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                errors.Add(Errors.At($"bills[{i}]", ErrorCodes.Required, "A bill is required."));
                continue;
            }

            var claim = MedicalClaim.Create(household, array[i]);
            if (claim.IsSuccess)
            {
                claims.Add(claim.Value);
            }

            errors.AddRange(claim.ValidationErrors.Select(e => Errors.WithPath(e, e.Identifier.Replace("bill.", $"bills[{i}].", StringComparison.Ordinal))));
        }

        if (expenditure is not null)
        {
            errors.AddRange(ExpenditureHardship.Validate(expenditure).ValidationErrors);
        }

        if (temporary is not null)
        {
            errors.AddRange(TemporaryAssistance.Validate(temporary).ValidationErrors);
        }

        return errors.Count > 0 ? Result<HouseholdClaims>.Invalid(errors) : new HouseholdClaims(household, array, claims.MoveToImmutable(), expenditure, temporary);
    }
}
