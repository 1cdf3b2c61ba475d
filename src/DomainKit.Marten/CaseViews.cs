using System.Collections.Immutable;
using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Marten;

/// <summary>The store's views as pure functions of a case or the ledger, so a rebuild from the events writes what the commands wrote.</summary>
internal static class CaseViews
{
    /// <summary>The view of a case whose chain ends in <paramref name="head"/>.</summary>
    public static CaseView From(AssistanceCase c, string head, PolicySet policy, WorkingDayCalendar calendar)
    {
        var view = new CaseView
        {
            Id = c.CaseId,
            Version = c.Version,
            Head = head,
            Stage = c.Stage,
            Deadlines = [.. c.Schedule(policy, calendar).Deadlines.Select(d => new CaseViewDeadline
            {
                RuleId = d.Deadline.RuleId,
                Limit = d.Deadline.Limit,
                Due = d.Deadline.Due,
                InCalendarDays = d.Deadline.InCalendarDays,
                DoneOn = d.DoneOn,
                Stage = d.Stage,
                AccountableStaffId = d.AccountableStaffId,
            })],
        };

        // A recipient stays under periodic review while its benefit runs: approved, not stopped, not closed (DB-10, EX-03).
        if (c is { Resolution: CaseResolution.Approved, ApprovedProgramme: Programme.Dibao or Programme.ExpenditureHardship, DecidedOn: { } decided, BenefitStopped: false }
            && c.Stage != CaseStage.Closed)
        {
            view.ReviewedProgramme = c.ApprovedProgramme;
            view.RecognisedOn = decided;
            view.LastReviewedOn = c.Events.OfType<BenefitChanged>().Where(b => b.Grounds == BenefitChangeGrounds.PeriodicReview).Select(b => (LocalDate?)c.DateOf(b.At)).LastOrDefault();
        }

        var published = c.Publication(policy);
        if (published.IsSuccess)
        {
            view.PublishedName = published.Value.Name;
            view.PublishedHouseholdSize = published.Value.HouseholdSize;
            view.PublishedProgramme = published.Value.Programme;
            view.PublishedAmount = published.Value.Amount.Yuan;
        }

        return view;
    }

    /// <summary>The recipient a view describes, for <see cref="ReviewWorklist.For"/>; the unstable-income term applies, as a case does not record stability.</summary>
    public static Recipient Recipient(CaseView view) => new()
    {
        CaseId = view.Id,
        Programme = view.ReviewedProgramme!.Value,
        RecognisedOn = view.RecognisedOn!.Value,
        LastReviewedOn = view.LastReviewedOn,
        StableIncome = false,
    };

    /// <summary>The running limits of open cases as of a date, overdue first (most working days late first), then by due day and case.</summary>
    public static ImmutableArray<WorklistLine> Worklist(IEnumerable<CaseView> views, LocalDate asOf, WorkingDayCalendar calendar) =>
    [
        .. views
            .Where(v => v.Stage != CaseStage.Closed)
            .SelectMany(v => v.Deadlines.Where(d => d.DoneOn is null).Select(d =>
            {
                var overdue = asOf > d.Due;
                return new WorklistLine(
                    v.Id,
                    d.RuleId,
                    d.Limit,
                    d.Stage,
                    d.AccountableStaffId,
                    d.Due,
                    overdue,
                    overdue ? 0 : CaseDeadline.DaysLeft(asOf, d.Due, d.InCalendarDays, calendar),
                    CaseDeadline.WorkingDaysLate(asOf, d.Due, null, calendar));
            }))
            .OrderByDescending(l => l.Overdue)
            .ThenByDescending(l => l.WorkingDaysLate)
            .ThenBy(l => l.Due)
            .ThenBy(l => l.CaseId, StringComparer.Ordinal)
            .ThenBy(l => l.RuleId, StringComparer.Ordinal),
    ];

    /// <summary>The balances of the given accounts in a ledger.</summary>
    public static IEnumerable<FundBalance> Balances(FundLedger ledger, IEnumerable<LedgerAccount> accounts) => accounts.Select(account =>
    {
        Money Sum(LedgerEntryKind kind) => ledger.Entries.Where(e => e.Account == account && e.Kind == kind).Aggregate(Money.Zero, (total, e) => total + e.Amount);
        return new FundBalance
        {
            Id = Key(account),
            Fund = account.Fund,
            Year = account.Year,
            NamedFund = account.NamedFund,
            Balance = ledger.Balance(account).Yuan,
            Opened = Sum(LedgerEntryKind.Opening).Yuan,
            Donated = Sum(LedgerEntryKind.Donation).Yuan,
            Disbursed = Sum(LedgerEntryKind.Disbursement).Yuan,
            Recovered = Sum(LedgerEntryKind.Recovery).Yuan,
            LedgerVersion = ledger.Entries.Where(e => e.Account == account).Select(e => e.Sequence).DefaultIfEmpty().Max(),
        };
    });

    /// <summary>An account's key: fund token, year and, for a named fund, its name.</summary>
    public static string Key(LedgerAccount account) =>
        $"{Serialization.EnumTokens<Fund>.ToToken(account.Fund)}/{account.Year}{(account.NamedFund is { } named ? "/" + named : string.Empty)}";
}
