using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// A command read from a <c>domainkit/case-command@1</c> document (<see cref="CaseCommandJson.Parse(string)"/>): its
/// type, what every command carries, and its own fields, checked and waiting for the case it is sent to.
/// </summary>
/// <remarks>Instances are immutable and thread-safe; applying one is pure.</remarks>
public sealed class CaseInstruction
{
    /// <summary>The type of the command that opens a case.</summary>
    public const string OpenType = "open";

    // The case names a few fields as its events do; the document names them as the command does.
    private static readonly Dictionary<string, string> FieldOfEventField = new(StringComparer.Ordinal)
    {
        ["amountObtained"] = "amount",
        ["project"] = "projectId",
    };

    private readonly Func<AssistanceCase?, CaseCommandContext, Result<CaseUpdate>> apply;

    private readonly string[] fields;

    internal CaseInstruction(string type, CaseCommand command, string? openedCaseId, string[] fields, Func<AssistanceCase?, CaseCommandContext, Result<CaseUpdate>> apply)
    {
        Type = type;
        Command = command;
        OpenedCaseId = openedCaseId;
        this.fields = fields;
        this.apply = apply;
    }

    /// <summary>The command's type as the contract names it, such as <c>open</c> or <c>publishNotice</c>.</summary>
    public string Type { get; }

    /// <summary>Who acts, when, why, and the version of the case they acted on.</summary>
    public CaseCommand Command { get; }

    /// <summary>Whether the command opens a new case rather than acting on one.</summary>
    public bool OpensCase => Type == OpenType;

    /// <summary>The ID of the case an <c>open</c> command opens; null for every other command.</summary>
    public string? OpenedCaseId { get; }

    /// <summary>
    /// Runs the command: an <c>open</c> command on no case, every other command on the case as it stands. Pure: the
    /// case and the ledger are not changed; the result holds what to store.
    /// </summary>
    /// <param name="current">The case, or null when none is stored under the ID.</param>
    /// <param name="context">The policy, calendar, ledger and charity projects.</param>
    /// <returns>
    /// The update; NotFound when a command other than <c>open</c> has no case; Conflict when <c>open</c> names a case
    /// that exists or the expected version is stale; Invalid with the field paths otherwise.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public Result<CaseUpdate> ApplyTo(AssistanceCase? current, CaseCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (OpensCase && current is not null)
        {
            return Result<CaseUpdate>.Conflict($"A case with the ID {current.CaseId} already exists, at version {current.Version}.");
        }

        if (!OpensCase && current is null)
        {
            return Result<CaseUpdate>.NotFound("No case has this ID.");
        }

        var update = apply(current, context);
        return update.IsInvalid() ? Result<CaseUpdate>.Invalid(update.ValidationErrors.Select(e => Errors.WithPath(e, PathInDocument(e.Identifier)))) : update;
    }

    /// <summary>
    /// Where a refusal points in the document: a field of the command is under <c>command</c>; what every command
    /// carries (<c>staffId</c>, <c>at</c>, <c>reason</c>), the ledger and the case's own state keep their paths.
    /// </summary>
    private string PathInDocument(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        var head = end < 0 ? path : path[..end];
        var field = FieldOfEventField.GetValueOrDefault(head, head);
        return fields.Contains(field, StringComparer.Ordinal) ? Errors.Join("command", field + path[head.Length..]) : path;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Type} at version {Command.ExpectedVersion}";
}
