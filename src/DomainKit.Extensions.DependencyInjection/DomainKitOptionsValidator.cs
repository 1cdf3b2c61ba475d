using Microsoft.Extensions.Options;
using NodaTime;

namespace DomainKit.Extensions.DependencyInjection;

/// <summary>
/// Checks the options when the application starts: the time zone is known and every policy file loads, so a bad
/// configuration stops the application at start rather than failing its first decision.
/// </summary>
internal sealed class DomainKitOptionsValidator(PolicyRegistryLoader loader) : IValidateOptions<DomainKitOptions>
{
    public ValidateOptionsResult Validate(string? name, DomainKitOptions options)
    {
        var failures = new List<string>();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone ?? string.Empty) is null)
        {
            failures.Add(UnknownZone(options.TimeZone));
        }

        var registry = loader.Load(options);
        failures.AddRange(registry.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorMessage} ({e.ErrorCode})"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static string UnknownZone(string? zone) =>
        // The value given is not repeated: a message that quotes configuration can end up in logs.
        zone is null ? "timeZone: a time zone is required, an IANA time zone such as Asia/Shanghai (value.unknownName)"
            : "timeZone: not an IANA time zone; give one such as Asia/Shanghai (value.unknownName)";
}
