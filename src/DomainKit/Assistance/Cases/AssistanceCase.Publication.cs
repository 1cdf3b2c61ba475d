using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>The publication view of a case (PB-01, PB-03, ZF-VR-03).</summary>
public sealed partial record AssistanceCase
{
    /// <summary>
    /// What may be published about the case: while its notice is up or once it is approved, the name masked as
    /// the policy says, the household size, the programme and the amount (PB-03); never anything else.
    /// </summary>
    /// <param name="policy">The policy set, for the masking of names, read on the date of the case's last event.</param>
    /// <returns>The view; Invalid when there is nothing to publish or the policy does not say how to mask names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public Result<PublicationView> Publication(PolicySet policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var (programme, amount) = Resolution == CaseResolution.Approved
            ? (ApprovedProgramme!.Value, ApprovedAmount)
            : Notice is { Withdrawn: false } notice && Resolution is null ? (notice.Programme, notice.Amount) : (default(Programme?), Money.Zero);
        if (programme is not { } published)
        {
            return Result<PublicationView>.Invalid(Errors.At("notice", ErrorCodes.CaseTransition, "A case is published while its notice is up and once it is approved."));
        }

        var masking = policy.ValueAt(CaseParameters.PublicationNameMasking, LastEventOn);
        return masking.IsSuccess
            ? new PublicationView(PublicationView.Mask(Applicant.Name, masking.Value.Value), Applicant.HouseholdSize, published, amount)
            : Result<PublicationView>.Invalid(masking.ValidationErrors);
    }
}
