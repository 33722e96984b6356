namespace AgreementFlow.Web.Pages.Admin.Workflows;

/// <summary>The fields of the migration form, as posted.</summary>
public sealed class MigrationForm
{
    public string? Route { get; set; }

    public int? FromVersion { get; set; }

    public int? ToVersion { get; set; }

    /// <summary><c>старый-этап = новый-этап</c>, one a line.</summary>
    public string? StageMap { get; set; }

    /// <summary>True for «Проверить (без изменений)», false for «Перенести».</summary>
    public bool DryRun { get; set; } = true;
}
