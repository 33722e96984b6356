namespace AgreementFlow.Web.Organizations;

/// <summary>The ИНН: 10 digits for an organisation, 12 for a person, with check digits that catch most typos.</summary>
public static class TaxpayerNumber
{
    private static readonly int[] Ten = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] TwelveFirst = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
    private static readonly int[] TwelveSecond = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

    public static bool IsValid(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.All(char.IsAsciiDigit))
        {
            return false;
        }

        return value.Length switch
        {
            10 => CheckDigit(value, Ten) == value[9] - '0',
            12 => CheckDigit(value, TwelveFirst) == value[10] - '0' && CheckDigit(value, TwelveSecond) == value[11] - '0',
            _ => false,
        };
    }

    /// <summary>Completes nine digits into a valid ten-digit ИНН (for demo data).</summary>
    public static string Complete(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        return nineDigits + CheckDigit(nineDigits, Ten).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int CheckDigit(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11 % 10;
    }
}
