#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

class QXmlStreamReader;

// The zip container the .xlsx and .ods readers share: parts read with minizip as they are
// inflated, sizes checked before anything is unpacked.
namespace salesdesk::zip {

class Part;

class Archive
{
public:
    Archive();
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    // Lists the parts. Refused: a file that is no zip, and a part that would unpack to more
    // than 1 GiB, or to more than 200 times its packed size beyond 64 MiB (a "zip bomb").
    Status open(const QString &path);
    bool contains(const QString &name) const; // any case
    // A part opened for reading as a stream; nullptr with `error` set when it is missing (and
    // `required`) or cannot be read. One part is read at a time.
    std::unique_ptr<Part> part(const QString &name, bool required, Status &error);
    // What went wrong reading `part` with `xml`, naming the file.
    Status xmlError(const QXmlStreamReader &xml, const Part &device, const QString &part) const;
    QString fileName() const;

private:
    struct Entry;
    struct State;
    std::unique_ptr<State> d;
};

// One part, never read past the size its entry declares.
class Part : public QIODevice
{
public:
    Part(void *zip, quint64 size);
    ~Part() override;
    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    // The part could not be inflated, or inflated to more than it said.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void *m_zip;
    quint64 m_size;
    quint64 m_read = 0;
    bool m_failed = false;
};

// Raises an error on a document type declaration: no workbook has one, and its entities are
// how an XML file is made to swell. Called for each token a reader does not handle itself.
void refuseDtd(QXmlStreamReader &xml);

} // namespace salesdesk::zip
