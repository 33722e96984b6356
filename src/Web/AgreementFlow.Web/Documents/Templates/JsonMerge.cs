using System.Text.Json.Nodes;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>Deep merge of JSON objects: what the drafter wrote extends and overrides what the directory knows.</summary>
internal static class JsonMerge
{
    public static void Into(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is JsonObject patchObject && target[key] is JsonObject targetObject)
            {
                Into(targetObject, patchObject);
            }
            else if (value is JsonArray patchArray && target[key] is JsonArray targetArray)
            {
                // Element by element: the drafter adds to what the directory knows of each party.
                for (var i = 0; i < patchArray.Count; i++)
                {
                    if (i < targetArray.Count && patchArray[i] is JsonObject item && targetArray[i] is JsonObject known)
                    {
                        Into(known, item);
                    }
                    else if (i < targetArray.Count)
                    {
                        targetArray[i] = patchArray[i]?.DeepClone();
                    }
                    else
                    {
                        targetArray.Add(patchArray[i]?.DeepClone());
                    }
                }
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
