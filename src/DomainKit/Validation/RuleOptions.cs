using FluentValidation;

namespace DomainKit.Validation;

/// <summary>Gives a FluentValidation rule the library's error code and a message that can be given in every language.</summary>
internal static class RuleOptions
{
    /// <summary>
    /// Sets the rule's stable code and English message, and carries the message's template as the failure's state,
    /// so <see cref="Errors.FromFluent"/> keeps it. Use this instead of WithErrorCode and WithMessage, whose default
    /// messages would follow the machine's culture.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code, TranslatableText message)
    {
        var error = Errors.At(string.Empty, code, message);
        return rule.WithErrorCode(code).WithMessage(error.ErrorMessage).WithState((_, _) => error);
    }
}
