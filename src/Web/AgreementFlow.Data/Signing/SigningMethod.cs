namespace AgreementFlow.Data.Signing;

/// <summary>How a party signs an agreement, chosen per party per agreement by the base's coordinator.</summary>
public enum SigningMethod
{
    /// <summary>Simple e-signature (63-FZ art. 9): a one-time code e-mailed to the signer.</summary>
    Simple,

    /// <summary>Qualified e-signature (63-FZ art. 6): a detached CMS file (.sig/.p7s) made over the final PDF.</summary>
    Qualified,

    /// <summary>Signed on paper: the scan of the signed copy is uploaded.</summary>
    Paper,
}
