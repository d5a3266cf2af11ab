/**
 * The home of every table and every constraint on a table's rows: the tables and their ordered columns
 * ({@link org.newsquotes.schema.Tables}), each column's type, nullability, codes and pattern, and each
 * table's primary key, foreign keys, spans and key prefixes, declared once and read by validation, the
 * writers, the JSON Schemas, the metadata files and the column dictionary. Also the vocabulary of every
 * rule: {@link org.newsquotes.schema.RuleDescriptor}, {@link org.newsquotes.schema.Violation} and the
 * table rules' ids ({@link org.newsquotes.schema.TableRules}); and the limits of every reader of the
 * project's files ({@link org.newsquotes.schema.ReadLimits}). Imports only {@code model} of the project's
 * packages; reads no file and writes none.
 */
package org.newsquotes.schema;
