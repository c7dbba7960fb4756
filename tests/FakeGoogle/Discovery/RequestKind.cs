namespace McpServers.FakeGoogle.Discovery;

/// <summary>Which of a method's paths a request used.</summary>
public enum RequestKind
{
    /// <summary>The method's REST path, JSON body if any.</summary>
    Rest,

    /// <summary>The simple upload path (/upload/...), uploadType media, multipart or resumable.</summary>
    Upload,

    /// <summary>The dedicated resumable path (/resumable/upload/...).</summary>
    ResumableUpload,
}
