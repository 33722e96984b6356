using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AgreementFlow.Workflows.Runtime.Journal;

/// <summary>The hash chain over an instance's journal: each entry's hash covers its content and the previous hash.</summary>
public static class JournalChain
{
    /// <summary>The previous hash of an instance's first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The SHA-256 (hex) of <paramref name="entry"/>'s content chained to its <see cref="JournalEntry.PreviousHash"/>.</summary>
    public static string ComputeHash(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var content = string.Join('\u001f',
            entry.PreviousHash,
            entry.InstanceId.ToString("N"),
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(entry.AtUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            entry.Kind.ToString(),
            entry.ActorPersonId?.ToString("N") ?? "",
            entry.ActingForPersonId?.ToString("N") ?? "",
            entry.OrganizationId?.ToString("N") ?? "",
            entry.FromStage ?? "",
            entry.ToStage ?? "",
            entry.TaskId ?? "",
            entry.Outcome ?? "",
            entry.Comment ?? "",
            entry.Details ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Checks a journal in sequence order; returns the first entry that breaks the chain, or null when it holds.</summary>
    public static JournalVerification Verify(IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previous = Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Sequence != i + 1)
            {
                return new JournalVerification(false, entries.Count, i + 1, $"Entry {i + 1} is missing: the next stored entry is number {entry.Sequence}.");
            }

            if (entry.PreviousHash != previous)
            {
                return new JournalVerification(false, entries.Count, entry.Sequence, $"Entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: its previous hash differs.");
            }

            if (ComputeHash(entry) != entry.Hash)
            {
                return new JournalVerification(false, entries.Count, entry.Sequence, $"Entry {entry.Sequence} was changed after it was written: its content no longer matches its hash.");
            }

            previous = entry.Hash;
        }

        return new JournalVerification(true, entries.Count, null, null);
    }
}

/// <summary>The result of checking a journal's hash chain.</summary>
/// <param name="Intact">Whether every entry matches its hash and follows the previous one.</param>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The first entry that breaks the chain.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record JournalVerification(bool Intact, int Entries, int? FirstBrokenSequence, string? Problem);
