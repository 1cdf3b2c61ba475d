using DomainKit.Assistance;

namespace DomainKit.AspNetCore;

/// <summary>The limits the DomainKit endpoints put on each request.</summary>
/// <remarks>
/// Configure with <c>services.Configure&lt;DomainKitApiOptions&gt;(...)</c> or
/// <see cref="Microsoft.Extensions.DependencyInjection.DomainKitApiServiceCollectionExtensions.AddDomainKitApi"/>. A body
/// over its limit is refused with 413 before it is parsed, and a request that runs past <see cref="RequestTimeout"/>
/// is stopped with 503; either way nothing is half-applied.
/// </remarks>
public sealed class DomainKitApiOptions
{
    /// <summary>The largest single JSON document a request may carry (a household with its claims), in bytes. Default: 1 MiB.</summary>
    public long MaxDocumentBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest caseload a comparison may carry, in bytes of JSON lines. Default: 1 GiB (about two million households).</summary>
    public long MaxCaseloadBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How long one request may run, reading its body included. Default: 5 minutes.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The working-day calendar the case endpoints count time limits on (GEN-01). Default: Monday to Friday, no holidays.</summary>
    public WorkingDayCalendar Calendar { get; set; } = WorkingDayCalendar.MondayToFriday;

    /// <summary>The charity projects a case may be referred to (ZF-MP-01); a command names one by its ID.</summary>
    public IList<CharityProject> CharityProjects { get; } = [];
}
