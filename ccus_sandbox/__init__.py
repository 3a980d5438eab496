"""A stand-in for CCUS (建設キャリアアップシステム), whose API is not public. It speaks genba's
own JSON wire format (see README.md) and imports nothing from the product."""
