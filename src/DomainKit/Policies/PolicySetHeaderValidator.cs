using DomainKit.Validation;
using FluentValidation;

namespace DomainKit.Policies;

/// <summary>Validates a policy set's identifier, name and version.</summary>
internal sealed class PolicySetHeaderValidator : AbstractValidator<PolicySetHeader>
{
    public static readonly PolicySetHeaderValidator Instance = new();

    private PolicySetHeaderValidator()
    {
        RuleFor(h => h.Id)
            .Must(IsValidId)
            
            .WithError(ErrorCodes.Required, "The identifier must be 1-64 lower-case letters, digits or hyphens.");
        RuleFor(h => h.Name).NotEmpty().WithError(ErrorCodes.Required, "The name is required.");
        RuleFor(h => h.Version).NotEmpty().WithError(ErrorCodes.Required, "The version is required.");
    }

    private static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
