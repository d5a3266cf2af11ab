/**
 * The dataset's values: outlets, speakers, documents with their segments, quotes and claims, the
 * groups that join them across documents, and the source texts they point into. Records and enums
 * only; nothing here reads files, validates or writes exports.
 */
package org.newsquotes.model;
