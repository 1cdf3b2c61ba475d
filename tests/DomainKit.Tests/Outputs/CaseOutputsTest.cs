using System.Reflection;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Tests.Assistance;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// The case workflow over a fixed journal of commands, compared with its reviewed output. The journal is drawn
/// from the state-machine test's generator with a fixed seed: natural next steps mixed with commands out of order,
/// bad figures and stale versions, over three cases and one fund ledger. For each command it records the refusal
/// (every error's path, code and message, or the conflict) or the events in their JSON form, what changed on the
/// case and the ledger entry it made; after each journal, every case's schedule, support lines and publication
/// view, and the accountability report.
/// </summary>
public class CaseOutputsTest
{
    // What a case holds that its events already show in full, or that never changes after opening.
    private static readonly HashSet<string> Unwritten = ["Events", "Version", "Applicant", "TimeZone", "CaseId", "Channel", "OpenedOn"];

    private static readonly PropertyInfo[] CaseProperties = typeof(AssistanceCase)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && !Unwritten.Contains(p.Name))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    private const int JournalsWritten = 10;

    [Fact]
    public void AJournalOfCommands_IsDecidedAsApproved()
    {
        var output = new OutputWriter();
        foreach (var (index, journal) in Covering(Gen.Sample(CaseStateMachineTest.Steps().Generator, 50, new Rnd(20261128), 200)))
        {
            output.Case($"journal {index}");
            var number = 0;
            var cases = CaseStateMachineTest.Run(journal, (step, before, result) => Command(output, ++number, step, before, result)).ToList();
            Afterwards(output, cases);
        }

        ApprovedText.Verify("case-journal", output.ToString());
    }

    /// <summary>
    /// Journals, picked greedily, that between them reach every kind of event, stage, error code and
    /// conflict the whole sample reaches: random journals rarely close a case or establish fraud, and writing
    /// them all would make a file too long to review.
    /// </summary>
    private static List<(int Index, CaseStateMachineTest.Move[] Journal)> Covering(CaseStateMachineTest.Move[][] journals)
    {
        var reached = journals.Select(journal =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var cases = CaseStateMachineTest.Run(journal, (_, _, result) =>
            {
                seen.Add(result.Status.ToString());
                seen.UnionWith(result.ValidationErrors.Select(e => e.ErrorCode));
            }, check: false);
            foreach (var assistanceCase in cases)
            {
                seen.UnionWith(assistanceCase.Events.Select(e => e.GetType().Name));
                seen.UnionWith(assistanceCase.EnteredOn.Keys.Select(stage => stage.ToString()));
            }

            return seen;
        }).ToList();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<(int, CaseStateMachineTest.Move[])>();
        while (true)
        {
            var best = Enumerable.Range(0, journals.Length).MaxBy(i => reached[i].Count(item => !covered.Contains(item)));
            if (reached[best].All(covered.Contains))
            {
                // Then a few more, for the figures and orders of commands that cover nothing new by kind.
                chosen.AddRange(Enumerable.Range(0, journals.Length).Where(i => !chosen.Exists(c => c.Item1 == i)).Take(JournalsWritten - chosen.Count).Select(i => (i, journals[i])));
                return chosen;
            }

            covered.UnionWith(reached[best]);
            chosen.Add((best, journals[best]));
        }
    }

    private static void Command(OutputWriter output, int number, CaseStateMachineTest.Move step, AssistanceCase? before, Result<CaseUpdate> result)
    {
        output.Line($"{number}. case-{step.Case}, kind {step.Kind}, pick {step.Pick}, {step.Yuan} yuan, version skew {step.VersionSkew}");
        if (result.Status == ResultStatus.Conflict)
        {
            output.Line($"  conflict: {string.Join("; ", result.Errors)}");
            return;
        }

        if (!output.Errors(result))
        {
            return;
        }

        var update = result.Value;
        foreach (var caseEvent in update.Events)
        {
            output.Line($"  event {OutputWriter.Compact(CaseEventJson.Write(caseEvent))}");
        }

        foreach (var difference in Differences(before, update.Case))
        {
            output.Line($"  {difference}");
        }

        if (update.Ledger is { } ledger)
        {
            output.Properties("  ledger", ledger.Entries[^1]);
        }
    }

    /// <summary>Each property of the case that differs from the one before, as "name: value", in name order.</summary>
    internal static IEnumerable<string> Differences(AssistanceCase? before, AssistanceCase after)
    {
        foreach (var property in CaseProperties)
        {
            var was = before is null ? null : OutputWriter.Format(property.GetValue(before));
            var now = OutputWriter.Format(property.GetValue(after));
            if (was != now)
            {
                yield return $"{property.Name}: {now}";
            }
        }
    }

    private static void Afterwards(OutputWriter output, List<AssistanceCase> cases)
    {
        var calendar = WorkingDayCalendar.MondayToFriday;
        foreach (var assistanceCase in cases)
        {
            output.Line($"{assistanceCase}, last event on {OutputWriter.Format(assistanceCase.LastEventOn)}");
            var schedule = assistanceCase.Schedule(CaseTestKit.Policy, calendar);
            foreach (var deadline in schedule.Deadlines)
            {
                var limit = deadline.Deadline;
                output.Line($"  deadline {limit.Limit} ({limit.RuleId}) from {OutputWriter.Format(limit.Start)}, {limit.Days.Value} {(limit.InCalendarDays ? "days" : "working days")}, due {OutputWriter.Format(limit.Due)}, done {OutputWriter.Format(deadline.DoneOn)}, {deadline.Stage} by {deadline.AccountableStaffId}, {deadline.WorkingDaysLate(new LocalDate(2026, 6, 30))} working days late by 30 June, late then by its own count {limit.IsLate(new LocalDate(2026, 6, 30), deadline.DoneOn)}");
            }

            foreach (var deadline in schedule.Deadlines.Take(1))
            {
                output.Step(deadline.Deadline.Explain());
            }

            output.Value("  not set", schedule.NotSet);
            output.Value("  support", assistanceCase.Support());
            var publication = assistanceCase.Publication(CaseTestKit.Policy);
            output.Line($"  publication: {(publication.IsSuccess ? OutputWriter.Format(publication.Value) : string.Join("; ", publication.ValidationErrors.Select(e => $"{e.Identifier} | {e.ErrorCode} | {e.ErrorMessage}")))}");
        }

        var report = Supervision.Accountability(cases, CaseTestKit.Policy, calendar, new LocalDate(2026, 4, 30));
        output.Value("accountability not set", report.NotSet);
        foreach (var line in report.Lines)
        {
            output.Properties("accountability", line);
        }
    }
}
