package org.newsquotes.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * The one Jackson factory the JSON writers share: plain decimals, nothing between root values, and
 * characters outside the Basic Multilingual Plane written as UTF-8 rather than as escaped surrogate
 * pairs.
 */
final class JsonFormat {

    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private JsonFormat() {
    }
}
