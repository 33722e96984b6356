using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgreementFlow.Data.Persistence;

/// <summary>Marks every <see cref="DateTime"/> read from or written to the database as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
