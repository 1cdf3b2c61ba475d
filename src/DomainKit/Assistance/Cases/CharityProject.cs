using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// A charity project and its criteria, as data (ZF-MP-01): the need it meets, the households it serves (by the
/// programmes they are in, or everyone), the most it pays one case, the account that pays, and when it runs.
/// The seed's examples: a kidney-patient centre, sight restoration, mobility aids, surgery-fee waivers.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CharityProject
{
    private CharityProject(string id, string name, Need purpose, LedgerAccount account, Money maxPerCase, ImmutableArray<Programme> standings, LocalDate from, LocalDate? until)
    {
        Id = id;
        Name = name;
        Purpose = purpose;
        Account = account;
        MaxPerCase = maxPerCase;
        Standings = standings;
        From = from;
        Until = until;
    }

    /// <summary>The project's opaque ID.</summary>
    public string Id { get; }

    /// <summary>The project's name, such as "sight restoration".</summary>
    public string Name { get; }

    /// <summary>The need it meets.</summary>
    public Need Purpose { get; }

    /// <summary>The charity account or named fund that pays it (ZF-FD-03, ZF-MP-02).</summary>
    public LedgerAccount Account { get; }

    /// <summary>The most it pays one case.</summary>
    public Money MaxPerCase { get; }

    /// <summary>The programmes a household must be in, any one of them; empty for every household.</summary>
    public ImmutableArray<Programme> Standings { get; }

    /// <summary>The first day it runs.</summary>
    public LocalDate From { get; }

    /// <summary>The last day it runs, or null while it runs on.</summary>
    public LocalDate? Until { get; }

    /// <summary>Creates a project after checking it.</summary>
    /// <param name="id">The opaque ID (1 to 64 characters).</param>
    /// <param name="name">The name (1 to 200 characters).</param>
    /// <param name="purpose">The need it meets.</param>
    /// <param name="account">A charity account or one of its named funds.</param>
    /// <param name="maxPerCase">The most it pays one case, positive.</param>
    /// <param name="standings">The programmes a household must be in, any one; empty for everyone.</param>
    /// <param name="from">The first day it runs.</param>
    /// <param name="until">The last day, or null.</param>
    /// <returns>The project, or Invalid naming each bad field.</returns>
    public static Result<CharityProject> Create(string id, string name, Need purpose, LedgerAccount account, Money maxPerCase, IEnumerable<Programme> standings, LocalDate from, LocalDate? until = null)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(id) || id.Length > AssistanceCase.MaxIdLength)
        {
            errors.Add(Errors.At("id", ErrorCodes.Required, "An ID of 1 to 64 characters is required."));
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            errors.Add(Errors.At("name", ErrorCodes.Required, "A name of 1 to 200 characters is required."));
        }

        if (!Enum.IsDefined(purpose))
        {
            errors.Add(Errors.At("purpose", ErrorCodes.UnknownName, "The purpose is not a need the library knows."));
        }

        if (account.Fund != Fund.Charity)
        {
            errors.Add(Errors.At("account.fund", ErrorCodes.FundPurpose, "A charity project is paid from the charity account or a named fund (ZF-FD-03)."));
        }

        if (maxPerCase.Fen <= 0)
        {
            errors.Add(Errors.At("maxPerCase", ErrorCodes.OutOfRange, "The most a project pays one case is positive."));
        }

        var list = standings?.Distinct().Order().ToImmutableArray() ?? [];
        if (list.Any(p => !Enum.IsDefined(p)))
        {
            errors.Add(Errors.At("standings", ErrorCodes.UnknownName, "A standing is a programme the library knows."));
        }

        if (until is { } last && last < from)
        {
            errors.Add(Errors.At("until", ErrorCodes.OutOfRange, "A project ends on or after the day it starts."));
        }

        return errors.Count > 0
            ? Result<CharityProject>.Invalid(errors)
            : new CharityProject(id, name, purpose, account, maxPerCase, list, from, until);
    }

    /// <summary>Whether the project meets a need of a household with a standing, on a date.</summary>
    /// <param name="need">The need.</param>
    /// <param name="standing">The programmes the household is in.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when the need is the project's, the household has one of its standings (or it serves everyone), and it runs that day.</returns>
    public bool Accepts(Need need, IEnumerable<Programme> standing, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return need == Purpose && date >= From && (Until is not { } last || date <= last)
            && (Standings.IsEmpty || standing.Any(Standings.Contains));
    }

    /// <inheritdoc/>
    public bool Equals(CharityProject? other) =>
        other is not null && Id == other.Id && Name == other.Name && Purpose == other.Purpose && Account == other.Account
        && MaxPerCase == other.MaxPerCase && Standings.SequenceEqual(other.Standings) && From == other.From && Until == other.Until;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Purpose, Account, MaxPerCase);
}
