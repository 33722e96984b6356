using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Documents;

/// <summary>Checks the documents settings at start-up and reports every failure at once.</summary>
internal sealed class DocumentsOptionsValidator : IValidateOptions<DocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.SofficePath))
        {
            failures.Add("Documents:SofficePath must name LibreOffice's soffice (it may be absent: PDFs are then unavailable).");
        }

        if (options.PdfMaxConcurrency is < 1 or > 16)
        {
            failures.Add($"Documents:PdfMaxConcurrency must be between 1 and 16 (it is {options.PdfMaxConcurrency}).");
        }

        if (options.PdfBatchSize is < 1 or > 50)
        {
            failures.Add($"Documents:PdfBatchSize must be between 1 and 50 (it is {options.PdfBatchSize}).");
        }

        if (options.PdfQueueCapacity is < 1 or > 100_000)
        {
            failures.Add($"Documents:PdfQueueCapacity must be between 1 and 100000 (it is {options.PdfQueueCapacity}).");
        }

        if (options.PdfTimeoutSeconds is < 5 or > 3600)
        {
            failures.Add($"Documents:PdfTimeoutSeconds must be between 5 and 3600 (it is {options.PdfTimeoutSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
